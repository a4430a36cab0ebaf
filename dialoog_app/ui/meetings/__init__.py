"""The "Bijeenkomsten" screen: meetings and their tables."""
