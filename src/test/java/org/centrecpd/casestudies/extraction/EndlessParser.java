package org.centrecpd.casestudies.extraction;

import java.io.InputStream;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tests only: a parser that never finishes, as a parser bug met by a crafted document would. It takes
 * GIMP images (recognised by their first bytes; nobody uploads one, and the library refuses them at
 * upload) and is registered through {@code META-INF/services} on the test class path, which the child
 * JVMs share. It writes a little text, then spins.
 */
public class EndlessParser implements Parser {

    static final MediaType TYPE = MediaType.image("x-xcf");
    static final String MAGIC = "gimp xcf file\0";

    private volatile long turns;

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(TYPE);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) throws SAXException {
        XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
        xhtml.startDocument();
        xhtml.element("p", "The first page of a document that never ends");
        while (turns >= 0) {
            turns++;
        }
        xhtml.endDocument();
    }
}
