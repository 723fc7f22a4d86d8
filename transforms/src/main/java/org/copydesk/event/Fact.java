package org.copydesk.event;

/**
 * One name or figure found in a story: its kind-tagged hash (what is matched), a short display
 * string (what a reader is shown as evidence) and the sentence it was found in (the headline is
 * sentence -1), which orders facts by prominence: wire copy puts the event's actors and figures
 * first.
 */
record Fact(long hash, String display, int sentence) {}
