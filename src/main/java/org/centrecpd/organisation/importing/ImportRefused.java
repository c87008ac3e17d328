package org.centrecpd.organisation.importing;

import java.util.List;

/**
 * The import did not go ahead and nothing was written (the transaction rolled back): the file has
 * problems, or the database changed since the preview so that a row can no longer be applied.
 */
public class ImportRefused extends RuntimeException {

    private final transient ImportPreview preview;

    public ImportRefused(ImportPreview preview) {
        super(preview.problems().size() + " problem(s) in " + preview.fileName());
        this.preview = preview;
    }

    public ImportPreview preview() {
        return preview;
    }

    public List<ImportProblem> problems() {
        return preview.problems();
    }
}
