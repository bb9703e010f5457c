// local placeholder (not committed by foundation)
