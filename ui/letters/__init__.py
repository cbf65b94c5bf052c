"""Letters in the window: print, preview and save as PDF, the GP summary to the clipboard, batch
letters and the letterhead."""
