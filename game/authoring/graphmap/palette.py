"""The colours of the map, the same in every format: (fill, stroke) pairs."""

ENDING_STYLE = {  # kind -> (fill, stroke)
    "success": ("#dcf2e1", "#1e7b34"),
    "partial": ("#fff0d2", "#a85f00"),
    "failure": ("#fbdede", "#b3261e"),
}
DECISION = ("#ffffff", "#2b5797")
UNREACHABLE = ("#ececec", "#7a7a7a")
DEAD_END = ("#fff1e0", "#e65100")
CHOICE = ("#f3f5f9", "#6b7a90")
RED_LINE = ("#fde6e6", "#c62828")
EDGE = "#6b7a90"
