package org.centrecpd.journal.ui;

import com.vaadin.flow.dom.Element;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server's side of {@code scripts/entry-backup.js}, the browser's own copy of what is typed in
 * the editor, kept for when the connection is down. The script keeps its state on the editor's
 * element; a copy it finds on opening comes back through {@link EntryEditor#backupFound}.
 */
final class BrowserBackup implements Serializable {

    private final Element editor;

    BrowserBackup(Element editor) {
        this.editor = editor;
    }

    /** Keeps the editor's boxes under {@code key} from now on, and hands back a copy already kept there. */
    void watch(String key) {
        editor.executeJs("window.centreCpd.entryBackup.watch(this, $0)", key);
    }

    /** A save reached the server with these boxes (box id → text); the copy is kept under {@code key} from now on. */
    void saved(Map<String, String> boxes, String key) {
        editor.executeJs("window.centreCpd.entryBackup.saved(this, JSON.parse($0), $1)",
            JsonMapper.shared().writeValueAsString(boxes), key);
    }

    void discard() {
        editor.executeJs("window.centreCpd.entryBackup.discard(this)");
    }

    /** A copy the browser kept: when (its clock, ms since 1970) and the boxes' text by box id. */
    record Copy(long at, Map<String, String> fields) {

        static Copy parse(String json) {
            JsonNode node = JsonMapper.shared().readTree(json);
            Map<String, String> fields = new HashMap<>();
            node.path("fields").properties().forEach(e -> fields.put(e.getKey(), e.getValue().asString()));
            return new Copy(node.path("at").asLong(), fields);
        }
    }
}
