package org.centrecpd.support;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Set;

/**
 * A browserless view test. Routes are looked up in the app's own packages: without that, the first view test
 * of a run scans the whole class path (Vaadin, Spring, Tika, POI, Lucene …) for {@code @Route} classes, which
 * took longer than starting the test context itself. Use with {@link CentreTest}.
 */
public abstract class ViewTest extends SpringBrowserlessTest {

    @Override
    protected Set<String> scanPackages() {
        return Set.of("org.centrecpd");
    }
}
