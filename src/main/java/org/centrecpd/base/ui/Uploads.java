package org.centrecpd.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Upload fields that refuse a file in the app's words. The browser checks the size before sending, so a 60 MB
 * file is not sent at all, and the person is told why instead of seeing the file vanish without a word. A file
 * the server refuses does not stay in the list as the component's "Upload forbidden" with a retry button that
 * can only fail again: its row goes ({@link #forgetRefused}) and the reason is told where the person is looking.
 */
public final class Uploads {

    private static final int MEGABYTE = 1024 * 1024;

    private Uploads() {
    }

    /**
     * @param maxBytes  the largest file the server takes
     * @param tooBig    the message for a file over the limit, from the file's name
     * @param wrongType the message for a file of a type the field does not take; null when it takes any type
     * @param tell      shows a message where the person is looking
     */
    public static void refuseInOurWords(Upload upload, long maxBytes, Function<String, String> tooBig, String wrongType,
                                        Consumer<String> tell) {
        long megabytes = maxBytes / MEGABYTE;
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        String tooBigUnnamed = upload.getTranslation("upload.tooBig.unnamed", megabytes);
        String refused = upload.getTranslation("upload.refused");
        UploadI18N.Error error = new UploadI18N.Error().setFileIsTooBig(tooBigUnnamed)
            .setTooManyFiles(upload.getTranslation("upload.oneAtATime"));
        if (wrongType != null) {
            error.setIncorrectFileType(wrongType);
        }
        UploadI18N i18n = new UploadI18N();
        i18n.setError(error);
        i18n.setUploading(new UploadI18N.Uploading().setError(new UploadI18N.Uploading.Error()
            .setFileTooLarge(tooBigUnnamed).setForbidden(refused).setUnexpectedServerError(refused)));
        upload.setI18n(i18n);
        // The browser reports the refusal with the text set above; the message names the file.
        upload.addFileRejectedListener(e -> tell.accept(tooBigUnnamed.equals(e.getErrorMessage())
            ? tooBig.apply(e.getFileName()) : e.getErrorMessage()));
    }

    /** After the server refused a file (call it in {@code ui.access}): its row and retry button go. */
    public static void forgetRefused(Upload upload) {
        upload.clearFileList();
    }
}
