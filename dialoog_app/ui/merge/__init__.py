"""File → prepare the table laptops, merge their files back, resolve what conflicts."""
