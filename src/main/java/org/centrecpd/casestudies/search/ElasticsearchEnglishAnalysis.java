package org.centrecpd.casestudies.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * {@link EnglishAnalysis} for an OpenSearch or Elasticsearch index: the same analyzer name and the same steps
 * (standard words, lower-cased, accents folded, English stop words, Porter stemming), by their names in OpenSearch's
 * common analysis plugin. OpenSearch's {@code stop} filter, like Lucene's, defaults to the English stop words.
 */
public class ElasticsearchEnglishAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer("english").custom()
            .tokenizer("standard")
            .tokenFilters("lowercase", "asciifolding", "stop", "porter_stem");
    }
}
