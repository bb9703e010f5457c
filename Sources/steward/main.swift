import StewardKit
print("steward")
