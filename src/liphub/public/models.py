"""The public site has no models of its own."""
