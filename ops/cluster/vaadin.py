#!/usr/bin/env python3
"""What a browser does in the app, for ops/cluster/check.sh: Vaadin's own protocol over HTTP, as the load tests speak it
(src/load/.../VaadinSteps.java, src/test/.../load/Uidl.java): the sign-in form, the bootstrap of a page
(?v-r=init), clicks sent as UIDL messages with the CSRF token, syncId and clientId of the last answer, and a file
sent to the upload field's own address (its 'target', as the <vaadin-upload> element posts it). No endpoint of its
own: the app is used as a person uses it.

  vaadin.py upload BASE USER PASSWORD CASE_STUDY_ID FILE    the file through the case study's upload field
  vaadin.py click  BASE USER PASSWORD ROUTE TEXT…           on that page (e.g. case-studies/14), the buttons with
                                                            these texts, one after the other
  vaadin.py search BASE USER PASSWORD WORDS                 the search page with these words; prints the links found
  vaadin.py reviewable BASE USER PASSWORD ID…               the first of these case studies this person may add a
                                                            document to and approve (an upload field and 'Approve')

Prints one line per step; exits non-zero when a step fails. Standard library only.
"""
import http.cookiejar
import json
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
import uuid

TAG, PROPERTY, CHILDREN, ATTRIBUTE, TEXT = 0, 1, 2, 3, 7


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


class Browser:
    def __init__(self, base):
        self.base = base.rstrip("/")
        self.cookies = http.cookiejar.CookieJar()
        self.http = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies), NoRedirect)
        self.nodes = {}  # node id -> {"tag", "props", "attrs", "children", "text"}

    def request(self, path, data=None, headers=None, method=None):
        req = urllib.request.Request(self.base + path, data=data, headers=headers or {}, method=method)
        try:
            with self.http.open(req, timeout=120) as answer:
                return answer.status, answer.headers, answer.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as e:
            return e.code, e.headers, e.read().decode("utf-8", "replace")

    def sign_in(self, user, password):
        _, _, page = self.request("/login")
        token = re.search(r'<meta name="_csrf" content="([^"]*)"', page).group(1)
        form = urllib.parse.urlencode({"username": user, "password": password, "_csrf": token}).encode()
        status, headers, _ = self.request("/login", form, {"Content-Type": "application/x-www-form-urlencoded"})
        where = headers.get("Location", "")
        if status != 302 or "login" in where:
            raise SystemExit(f"sign-in as {user} refused: {status} {where}")

    def node(self):
        for c in self.cookies:
            if c.name == "CPDNODE":
                return c.value
        return "-"

    def open(self, route, query=""):
        """The bootstrap, then the view, as Vaadin's router asks for it (the ui-navigate event on the UI's body)."""
        self.nodes = {}
        self.request("/")
        status, _, body = self.request("/?" + urllib.parse.urlencode({"v-r": "init", "location": "", "query": ""}))
        if status != 200:
            raise SystemExit(f"bootstrap: {status}")
        init = json.loads(body)
        self.ui = init["appConfig"]["v-uiId"]
        self.take(init["appConfig"]["uidl"])
        self.csrf = init["appConfig"]["uidl"]["Vaadin-Security-Key"]
        body_node = next(i for i, n in self.nodes.items() if n["tag"] == "body")
        self.uidl([{"type": "event", "node": body_node, "event": "ui-navigate", "data": {
            "route": route, "query": query, "appShellTitle": "", "trigger": "", "historyState": {"idx": 1}}}])

    def take(self, answer):
        if answer.get("meta", {}).get("appError"):
            raise SystemExit(f"application error: {answer['meta']['appError']}")
        self.sync_id = answer.get("syncId", getattr(self, "sync_id", 0))
        self.client_id = answer.get("clientId", getattr(self, "client_id", 0))
        for change in answer.get("changes", []):
            n = self.nodes.setdefault(change["node"], {"tag": None, "props": {}, "attrs": {}, "children": [], "text": None})
            kind, feat = change.get("type"), change.get("feat")
            if kind == "put":
                value = change.get("value", change.get("nodeValue"))
                if feat == TAG and change["key"] == "tag":
                    n["tag"] = value
                elif feat == PROPERTY:
                    n["props"][change["key"]] = value
                elif feat == ATTRIBUTE:
                    n["attrs"][change["key"]] = value
                elif feat == TEXT and change["key"] == "text":
                    n["text"] = value
            elif kind == "splice" and feat == CHILDREN:
                kids = n["children"]
                index = change.get("index", 0)
                del kids[index:index + change.get("remove", 0)]
                kids[index:index] = change.get("addNodes", change.get("add", []))

    def uidl(self, rpc):
        message = {"csrfToken": self.csrf, "rpc": rpc, "syncId": self.sync_id, "clientId": self.client_id}
        status, _, body = self.request(f"/?v-r=uidl&v-uiId={self.ui}", json.dumps(message).encode(),
                                       {"Content-Type": "application/json; charset=UTF-8"})
        if status != 200:
            raise SystemExit(f"UIDL message: {status}")
        answer = json.loads(body[8:] if body.startswith("for(;;);") else body)
        self.take(answer[0] if isinstance(answer, list) else answer)
        return answer

    def texts(self, node_id, depth=0):
        n = self.nodes.get(node_id)
        if not n or depth > 30:
            return ""
        return (n["text"] or "") + "".join(self.texts(k, depth + 1) for k in n["children"])

    def with_id(self, element_id):
        return next((i for i, n in self.nodes.items() if n["attrs"].get("id") == element_id), None)

    def button(self, text):
        found = [i for i, n in self.nodes.items() if n["tag"] == "vaadin-button" and self.texts(i).strip() == text]
        return found[-1] if found else None

    def click(self, text):
        button = self.button(text)
        if button is None:
            raise SystemExit(f"no button '{text}' on the page")
        self.uidl([{"type": "event", "node": button, "event": "click", "data": {
            "event.shiftKey": False, "event.metaKey": False, "event.altKey": False, "event.ctrlKey": False,
            "event.detail": 1, "event.button": 0, "event.clientX": 40, "event.clientY": 20,
            "event.screenX": 40, "event.screenY": 80}}])

    def upload(self, path, name, content):
        upload = self.with_id("case-study-upload")
        if upload is None:
            raise SystemExit("no upload field on the page (not open to edits, or not yours to edit)")
        target = self.nodes[upload]["attrs"].get("target") or self.nodes[upload]["props"].get("target")
        if isinstance(target, dict):
            target = target.get("uri") or target.get("url")
        if not target:
            raise SystemExit("the upload field has no address")
        boundary = uuid.uuid4().hex
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
                f"Content-Type: application/octet-stream\r\n\r\n").encode() + content + f"\r\n--{boundary}--\r\n".encode()
        status, _, answer = self.request("/" + target.lstrip("/"), body,
                                         {"Content-Type": f"multipart/form-data; boundary={boundary}"}, "POST")
        return status, target


def main():
    command, base, user, password = sys.argv[1:5]
    browser = Browser(base)
    browser.sign_in(user, password)
    if command == "upload":
        study, file = sys.argv[5:7]
        browser.open(f"case-studies/{study}")
        with open(file, "rb") as f:
            status, target = browser.upload(file, file.rsplit("/", 1)[-1], f.read())
        print(f"uploaded {file.rsplit('/', 1)[-1]} to case study {study}: {status} ({target.split('?')[0]})")
        sys.exit(0 if status == 200 else 1)
    if command == "click":
        route = sys.argv[5]
        browser.open(route)
        for text in sys.argv[6:]:
            browser.click(text)
            print(f"clicked '{text}' on /{route}")
        sys.exit(0)
    if command == "reviewable":
        for study in sys.argv[5:]:
            browser.open(f"case-studies/{study}")
            if browser.with_id("case-study-upload") is not None and browser.button("Approve") is not None:
                print(study)
                sys.exit(0)
        sys.exit(1)
    if command == "search":
        words = sys.argv[5]
        browser.open("case-studies", urllib.parse.urlencode({"q": words}))
        links = sorted({n["attrs"]["href"] for n in browser.nodes.values()
                        if re.fullmatch(r"case-studies/\d+", str(n["attrs"].get("href", "")))})
        summary = browser.with_id("case-study-summary")
        print(f"searched '{words}': {browser.texts(summary).strip() if summary else '?'} :: {' '.join(links)}")
        sys.exit(0)
    raise SystemExit(f"unknown command {command}")


if __name__ == "__main__":
    main()
