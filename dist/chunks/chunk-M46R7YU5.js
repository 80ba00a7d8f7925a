import { createRequire as __ppCreateRequire } from 'node:module'; const require = __ppCreateRequire(import.meta.url);
import {
  normalizeName
} from "./chunk-CXXT5BY4.js";

// src/dists/dist.ts
var ATTESTATION_SUFFIX = ".publish.attestation";
function formatSize(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GiB`;
}

// src/index/url.ts
var KNOWN_INDEXES = [
  { uploadHost: "upload.pypi.org", webHost: "pypi.org", label: "PyPI" },
  { uploadHost: "test.pypi.org", webHost: "test.pypi.org", label: "TestPyPI" }
];
function parseIndexUrls(uploadUrl, simpleUrl) {
  const upload = parseHttpUrl(uploadUrl, "upload URL");
  if (typeof upload === "string") return { ok: false, error: upload };
  const known = KNOWN_INDEXES.find((k) => k.uploadHost === upload.hostname);
  if (known && upload.pathname === "/legacy") {
    return {
      ok: false,
      error: `The upload URL ${displayUrl(upload)} lacks its trailing slash: use ${displayUrl(withPath(upload, "/legacy/"))}.`
    };
  }
  let simple;
  if (simpleUrl !== void 0 && simpleUrl.trim() !== "") {
    const parsed = parseHttpUrl(simpleUrl, "simple index URL");
    if (typeof parsed === "string") return { ok: false, error: parsed };
    simple = parsed.pathname.endsWith("/") ? parsed : withPath(parsed, `${parsed.pathname}/`);
  }
  let page;
  let label = upload.host;
  if (known) {
    label = known.label;
    const web = new URL(`https://${known.webHost}/`);
    simple ??= new URL("/simple/", web);
    page = (name, version) => projectUrl(web, name, version);
  } else if (upload.pathname.endsWith("/legacy/")) {
    const base = withPath(upload, upload.pathname.slice(0, -"legacy/".length));
    simple ??= new URL("simple/", base);
    page = (name, version) => projectUrl(base, name, version);
  }
  if (!simple) {
    return {
      ok: false,
      error: `Cannot tell where ${displayUrl(upload)} lists its files: give the index's simple URL as well (pypiserver: <root>/simple/, devpi: <index>/+simple/, Artifactory and Nexus: .../simple/).`
    };
  }
  const simpleRoot = simple;
  return {
    ok: true,
    urls: {
      upload,
      simple: simpleRoot,
      label,
      projectPage: page ?? ((name) => new URL(`${normalizeName(name)}/`, simpleRoot).href)
    }
  };
}
function displayUrl(url) {
  let parsed;
  try {
    parsed = typeof url === "string" ? new URL(url) : new URL(url.href);
  } catch {
    return String(url).replace(/\/\/[^/@\s]*@/, "//****@");
  }
  if (parsed.password !== "") {
    parsed.password = "****";
  } else if (parsed.username !== "") {
    parsed.username = "****";
  }
  return parsed.href;
}
function isLoopback(url) {
  let host;
  try {
    host = (typeof url === "string" ? new URL(url) : url).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (host.startsWith("[") && host.endsWith("]")) {
    const v6 = host.slice(1, -1);
    if (v6 === "::1") return true;
    const mapped = /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.exec(v6);
    return mapped !== null;
  }
  if (host === "localhost" || host === "localhost.") return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
function parseHttpUrl(text, what) {
  let url;
  try {
    url = new URL(text.trim());
  } catch {
    return `The ${what} '${displayUrl(text)}' is not a URL.`;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return `The ${what} ${displayUrl(url)} must be https:// (or http:// to a loopback address).`;
  }
  if (url.protocol === "http:" && !isLoopback(url)) {
    return `The ${what} ${displayUrl(url)} uses plain http: tokens and files would cross the network unencrypted. Use https:// (http:// is accepted only for 127.0.0.1, ::1 and localhost).`;
  }
  if (url.username !== "" || url.password !== "") {
    return `The ${what} ${displayUrl(url)} carries credentials: remove them from the URL and pass the token through its own input, which is masked in logs.`;
  }
  if (url.search !== "" || url.hash !== "") {
    return `The ${what} ${displayUrl(url)} has a query or fragment: give the bare index URL.`;
  }
  return url;
}
function withPath(url, pathname) {
  const copy = new URL(url.href);
  copy.pathname = pathname;
  return copy;
}
function projectUrl(base, name, version) {
  const project = encodeURIComponent(normalizeName(name));
  const path = version === void 0 ? `project/${project}/` : `project/${project}/${encodeURIComponent(version)}/`;
  return new URL(path, base).href;
}
function sameIndexUrl(a, b) {
  const strip = (u) => String(u).replace(/\/+$/, "");
  return strip(a) === strip(b);
}

// src/index/id-token.ts
function idTokenRequest(env, audience) {
  const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!requestUrl) return { missing: "ACTIONS_ID_TOKEN_REQUEST_URL" };
  if (!bearer) return { missing: "ACTIONS_ID_TOKEN_REQUEST_TOKEN" };
  let url;
  try {
    url = new URL(requestUrl);
  } catch {
    return { unsafe: true };
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopback(url))) return { unsafe: true };
  url.searchParams.set("audience", audience);
  return { url, bearer };
}
function idTokenIn(status, body) {
  let value;
  try {
    value = JSON.parse(body)?.value;
  } catch {
    value = void 0;
  }
  return status === 200 && typeof value === "string" && value.split(".").length === 3 ? value : void 0;
}
var UNSAFE_REQUEST_URL = "ACTIONS_ID_TOKEN_REQUEST_URL is not an https:// URL: the job's OIDC request token is not sent there.";
var UNSAFE_REQUEST_HINT = "This variable is set by the GitHub runner; something in the job overwrote it.";

export {
  parseIndexUrls,
  displayUrl,
  isLoopback,
  parseHttpUrl,
  sameIndexUrl,
  idTokenRequest,
  idTokenIn,
  UNSAFE_REQUEST_URL,
  UNSAFE_REQUEST_HINT,
  ATTESTATION_SUFFIX,
  formatSize
};
