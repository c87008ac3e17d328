package org.centrecpd.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import org.centrecpd.base.RuleViolation;

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

    /** What takes an uploaded file on the server: a service call that checks it by content and stores it. */
    @FunctionalInterface
    public interface Receiver {
        void receive(String fileName, Path file);
    }

    /**
     * The server side of an upload field: the file streams to a temporary file and stops at {@code maxBytes} (the
     * server enforces the limit; the browser's own check is only a courtesy), then goes to {@code receiver}, and the
     * temporary file is deleted. A file over the limit, or one the receiver refuses ({@link RuleViolation}), leaves
     * the list and the reason is told on {@code where}; once received, {@code received} runs with the file's name.
     *
     * @param tooBig the message for a file over the limit, from the file's name
     */
    public static UploadHandler toTemporaryFile(Upload upload, Component where, long maxBytes, Function<String, String> tooBig,
                                                Receiver receiver, Consumer<String> received) {
        return new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                UI ui = event.getUI();
                Path file = Files.createTempFile("centrecpd-upload-", ".bin");
                try {
                    if (copyAtMost(event.getInputStream(), file, maxBytes)) {
                        String text = tooBig.apply(event.getFileName());
                        event.reject(text);
                        ui.access(() -> {
                            forgetRefused(upload);
                            Feedback.problem(where, text);
                        });
                        return;
                    }
                    try {
                        receiver.receive(event.getFileName(), file);
                        ui.access(() -> received.accept(event.getFileName()));
                    } catch (RuleViolation refused) {
                        event.reject(refused.messageKey());
                        ui.access(() -> {
                            forgetRefused(upload);
                            Feedback.explain(where, refused);
                        });
                    }
                } finally {
                    Files.deleteIfExists(file);
                }
            }

            @Override
            public long getFileSizeMax() {
                return maxBytes;
            }
        };
    }

    /** Copies the upload into {@code file}; true (and the file incomplete, to be refused) if it is larger than {@code max} bytes. */
    static boolean copyAtMost(InputStream in, Path file, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (InputStream source = in; OutputStream out = Files.newOutputStream(file)) {
            for (int n; (n = source.read(buffer)) > 0; ) {
                total += n;
                if (total > max) {
                    return true;
                }
                out.write(buffer, 0, n);
            }
        }
        return false;
    }

    /** After the server refused a file (call it in {@code ui.access}): its row and retry button go. */
    public static void forgetRefused(Upload upload) {
        upload.clearFileList();
    }
}
