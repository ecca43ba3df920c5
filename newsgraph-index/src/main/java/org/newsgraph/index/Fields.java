package org.newsgraph.index;

import org.apache.lucene.facet.FacetsConfig;

/** Field names of the index. One Lucene index holds three kinds of documents per article. */
final class Fields {
    private Fields() {
    }

    /** The kind of a document: {@link #ARTICLE}, {@link #QUOTE} or {@link #ENTITY}. */
    static final String KIND = "kind";
    static final String ARTICLE = "article";
    static final String QUOTE = "quote";
    /** One per (entity, article): the entity as that article names it. */
    static final String ENTITY = "entity-in-article";

    /** The article id, on every document of the article: deleting by it removes the whole block. */
    static final String AID = "aid";
    static final String HASH = "hash";
    /** Publication date as epoch day: point, doc values (sort), stored. */
    static final String DATE = "date";
    /** Day ranges the article is about (its publication date and normalised times): LongRange. */
    static final String TIME_RANGE = "trange";

    // article documents
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String SOURCE = "source";
    static final String JSON = "json";
    static final String ENTITY_ID = "entity";
    static final String ENTITY_TYPE = "etype";
    static final String SPEAKER_ID = "speaker";
    static final String SPEAKER_KEY = "speakerkey";
    static final String PLACE_ID = "place";
    static final String COUNTRY = "country";
    static final String AGENCY = "agency";
    static final String MONTH = "month";
    static final String GEO = "geo";

    // quote documents
    static final String QUOTE_TEXT = "qtext";
    static final String QUOTE_TYPE = "qtype";
    static final String QUOTE_OUTLET = "qoutlet";
    static final String QUOTE_OUTLET_KEY = "qoutletkey";
    static final String QUOTE_ABOUT = "qabout";
    static final String QUOTE_JSON = "qjson";

    // entity-in-article documents
    static final String EID = "eid";
    static final String NAME_KEY = "ekey";
    static final String MENTIONS = "mentions";
    static final String ENTITY_JSON = "ejson";

    // facet dimensions (sorted-set doc values of the facets module)
    static final String F_ENTITY = "entity";
    static final String F_TYPE = "type";
    static final String F_SPEAKER = "speaker";
    static final String F_PLACE = "place";
    static final String F_COUNTRY = "country";
    static final String F_AGENCY = "agency";
    static final String F_MONTH = "month";
    static final String F_DAY = "day";

    /** Separates id, label and coordinates inside a facet value (labels never contain tabs). */
    static final char SEP = '\t';

    static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        for (String dim : new String[] {F_ENTITY, F_TYPE, F_SPEAKER, F_PLACE, F_COUNTRY, F_AGENCY, F_MONTH, F_DAY}) {
            c.setMultiValued(dim, true);
        }
        return c;
    }
}
