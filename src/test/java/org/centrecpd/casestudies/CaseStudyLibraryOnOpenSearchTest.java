package org.centrecpd.casestudies;

import org.centrecpd.support.OnOpenSearch;

/** {@link CaseStudyLibraryTest} with the index in OpenSearch: the same words found, highlights and visibility. */
@OnOpenSearch
class CaseStudyLibraryOnOpenSearchTest extends CaseStudyLibraryTest {
}
