package org.newsgraph.model;

/** What a dictionary says a word can be as a proper name. */
public enum NameClass {
    FIRST_NAME, SURNAME, CITY, COUNTRY, GEOGRAPHIC, ORGANISATION, OTHER_NAME
}
