package org.centrecpd.casestudies;

import org.centrecpd.support.OnOpenSearch;

/** {@link CaseStudyFacetsTest} with the index in OpenSearch: the same facet counts, kept to what the asker may see. */
@OnOpenSearch
class CaseStudyFacetsOnOpenSearchTest extends CaseStudyFacetsTest {
}
