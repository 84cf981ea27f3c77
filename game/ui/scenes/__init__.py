"""One module per screen; each scene has update, handle_event and draw."""
