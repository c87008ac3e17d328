package org.centrecpd.casestudies;

import org.centrecpd.support.OnOpenSearch;

/** {@link CaseStudyLibraryTest} with the index in OpenSearch: the same words found, highlights and visibility. */
@OnOpenSearch
class CaseStudyLibraryOnOpenSearchTest extends CaseStudyLibraryTest {

    /**
     * OpenSearch 2.19's unified highlighter (Lucene 9) marks each word of a phrase, where the app's Lucene 10 marks the
     * phrase as one: the same words are marked, and nothing else.
     */
    @Override
    String phraseMarked() {
        return "<mark>breakfast</mark> <mark>club</mark>";
    }
}
