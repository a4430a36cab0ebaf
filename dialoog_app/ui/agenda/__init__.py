"""The Agenda screen: build a meeting's agenda, run its clock, show it on the projector."""
