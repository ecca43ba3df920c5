package org.newsgraph.model;

/** The four GermEval 2014 name classes. */
public enum EntityType {
    PER, LOC, ORG, OTH
}
