"""The parts of the larger pages, each with one job; a page composes them (gui/pages/)."""
