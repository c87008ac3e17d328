package org.centrecpd.casestudies.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How case studies are read for search: English words, lower-cased, accents folded, common words
 * ("the", "and") left out, and words reduced to their stem, so that "supporting parents" also
 * finds "supported a parent". Registered in application.properties; the same analyzer for an OpenSearch index is
 * {@link ElasticsearchEnglishAnalysis}, chosen with the backend ({@link SearchBackend}).
 */
public class EnglishAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer("english").custom()
            .tokenizer("standard")
            .tokenFilter("lowercase")
            .tokenFilter("asciiFolding")
            .tokenFilter("stop")
            .tokenFilter("porterStem");
    }
}
