package com.empowerfitness.guide.booking.inbox;

import jakarta.servlet.http.HttpSession;

/**
 * The inbox's free-text search, held in the staff member's session instead of the address: a search is often a
 * patient's name or phone number, and addresses end up in browser history, bookmarks and proxy logs. Set by
 * posting the filter form, used by the inbox list and the CSV export, cleared by posting an empty search (the
 * "Clear" button) or by signing out.
 */
final class InboxSearch {

    static final String ATTRIBUTE = InboxSearch.class.getName();

    /** Longer is not a search anyone types; the limit keeps a session row small. */
    static final int MAX_LENGTH = 200;

    private InboxSearch() {}

    static void remember(HttpSession session, String text) {
        String search = (text == null) ? "" : text.strip();
        if (search.isEmpty()) {
            session.removeAttribute(ATTRIBUTE);
        } else {
            session.setAttribute(ATTRIBUTE, search.substring(0, Math.min(search.length(), MAX_LENGTH)));
        }
    }

    /** Puts the remembered search into the filter, replacing anything bound from the query string. */
    static InboxFilter applyTo(InboxFilter filter, HttpSession session) {
        Object search = (session == null) ? null : session.getAttribute(ATTRIBUTE);
        filter.setQ((search instanceof String text) ? text : null);
        return filter;
    }
}
