import { createRequire as __ppCreateRequire } from 'node:module'; const require = __ppCreateRequire(import.meta.url);
import {
  ATTESTATION_SUFFIX,
  UNSAFE_REQUEST_HINT,
  UNSAFE_REQUEST_URL,
  displayUrl,
  formatSize,
  idTokenIn,
  idTokenRequest,
  isLoopback,
  parseHttpUrl,
  parseIndexUrls,
  sameIndexUrl
} from "./chunks/chunk-M46R7YU5.js";
import {
  API_DEADLINE_MS,
  BUMPS,
  BodyTooLarge,
  MAX_ERROR_BODY,
  READ_DEADLINE_MS,
  ReleaseError,
  TROUBLESHOOTING,
  USER_AGENT,
  bump,
  bumpProblem,
  compare,
  equal,
  exchange,
  fetchText,
  filenameName,
  header,
  import_env_http_proxy_agent,
  isPrerelease,
  isPyPIPlatformTag,
  isReleaseError,
  isValid,
  isValidProjectName,
  localSegment,
  normalize,
  normalizeName,
  parseDistFilename,
  readAnswer,
  require_pep440,
  sdistFilename,
  transferDeadlineMs,
  wheelDistInfoDir
} from "./chunks/chunk-CXXT5BY4.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunks/chunk-D6D5PY5Q.js";

// node_modules/tunnel/lib/tunnel.js
var require_tunnel = __commonJS({
  "node_modules/tunnel/lib/tunnel.js"(exports) {
    "use strict";
    var net = __require("net");
    var tls = __require("tls");
    var http = __require("http");
    var https = __require("https");
    var events2 = __require("events");
    var assert4 = __require("assert");
    var util = __require("util");
    exports.httpOverHttp = httpOverHttp2;
    exports.httpsOverHttp = httpsOverHttp2;
    exports.httpOverHttps = httpOverHttps2;
    exports.httpsOverHttps = httpsOverHttps2;
    function httpOverHttp2(options2) {
      var agent = new TunnelingAgent(options2);
      agent.request = http.request;
      return agent;
    }
    function httpsOverHttp2(options2) {
      var agent = new TunnelingAgent(options2);
      agent.request = http.request;
      agent.createSocket = createSecureSocket;
      agent.defaultPort = 443;
      return agent;
    }
    function httpOverHttps2(options2) {
      var agent = new TunnelingAgent(options2);
      agent.request = https.request;
      return agent;
    }
    function httpsOverHttps2(options2) {
      var agent = new TunnelingAgent(options2);
      agent.request = https.request;
      agent.createSocket = createSecureSocket;
      agent.defaultPort = 443;
      return agent;
    }
    function TunnelingAgent(options2) {
      var self = this;
      self.options = options2 || {};
      self.proxyOptions = self.options.proxy || {};
      self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
      self.requests = [];
      self.sockets = [];
      self.on("free", function onFree(socket, host, port, localAddress) {
        var options3 = toOptions(host, port, localAddress);
        for (var i = 0, len = self.requests.length; i < len; ++i) {
          var pending = self.requests[i];
          if (pending.host === options3.host && pending.port === options3.port) {
            self.requests.splice(i, 1);
            pending.request.onSocket(socket);
            return;
          }
        }
        socket.destroy();
        self.removeSocket(socket);
      });
    }
    util.inherits(TunnelingAgent, events2.EventEmitter);
    TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
      var self = this;
      var options2 = mergeOptions({ request: req }, self.options, toOptions(host, port, localAddress));
      if (self.sockets.length >= this.maxSockets) {
        self.requests.push(options2);
        return;
      }
      self.createSocket(options2, function(socket) {
        socket.on("free", onFree);
        socket.on("close", onCloseOrRemove);
        socket.on("agentRemove", onCloseOrRemove);
        req.onSocket(socket);
        function onFree() {
          self.emit("free", socket, options2);
        }
        function onCloseOrRemove(err) {
          self.removeSocket(socket);
          socket.removeListener("free", onFree);
          socket.removeListener("close", onCloseOrRemove);
          socket.removeListener("agentRemove", onCloseOrRemove);
        }
      });
    };
    TunnelingAgent.prototype.createSocket = function createSocket(options2, cb) {
      var self = this;
      var placeholder = {};
      self.sockets.push(placeholder);
      var connectOptions = mergeOptions({}, self.proxyOptions, {
        method: "CONNECT",
        path: options2.host + ":" + options2.port,
        agent: false,
        headers: {
          host: options2.host + ":" + options2.port
        }
      });
      if (options2.localAddress) {
        connectOptions.localAddress = options2.localAddress;
      }
      if (connectOptions.proxyAuth) {
        connectOptions.headers = connectOptions.headers || {};
        connectOptions.headers["Proxy-Authorization"] = "Basic " + new Buffer(connectOptions.proxyAuth).toString("base64");
      }
      debug2("making CONNECT request");
      var connectReq = self.request(connectOptions);
      connectReq.useChunkedEncodingByDefault = false;
      connectReq.once("response", onResponse);
      connectReq.once("upgrade", onUpgrade);
      connectReq.once("connect", onConnect);
      connectReq.once("error", onError);
      connectReq.end();
      function onResponse(res) {
        res.upgrade = true;
      }
      function onUpgrade(res, socket, head) {
        process.nextTick(function() {
          onConnect(res, socket, head);
        });
      }
      function onConnect(res, socket, head) {
        connectReq.removeAllListeners();
        socket.removeAllListeners();
        if (res.statusCode !== 200) {
          debug2(
            "tunneling socket could not be established, statusCode=%d",
            res.statusCode
          );
          socket.destroy();
          var error2 = new Error("tunneling socket could not be established, statusCode=" + res.statusCode);
          error2.code = "ECONNRESET";
          options2.request.emit("error", error2);
          self.removeSocket(placeholder);
          return;
        }
        if (head.length > 0) {
          debug2("got illegal response body from proxy");
          socket.destroy();
          var error2 = new Error("got illegal response body from proxy");
          error2.code = "ECONNRESET";
          options2.request.emit("error", error2);
          self.removeSocket(placeholder);
          return;
        }
        debug2("tunneling connection has established");
        self.sockets[self.sockets.indexOf(placeholder)] = socket;
        return cb(socket);
      }
      function onError(cause) {
        connectReq.removeAllListeners();
        debug2(
          "tunneling socket could not be established, cause=%s\n",
          cause.message,
          cause.stack
        );
        var error2 = new Error("tunneling socket could not be established, cause=" + cause.message);
        error2.code = "ECONNRESET";
        options2.request.emit("error", error2);
        self.removeSocket(placeholder);
      }
    };
    TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
      var pos = this.sockets.indexOf(socket);
      if (pos === -1) {
        return;
      }
      this.sockets.splice(pos, 1);
      var pending = this.requests.shift();
      if (pending) {
        this.createSocket(pending, function(socket2) {
          pending.request.onSocket(socket2);
        });
      }
    };
    function createSecureSocket(options2, cb) {
      var self = this;
      TunnelingAgent.prototype.createSocket.call(self, options2, function(socket) {
        var hostHeader = options2.request.getHeader("host");
        var tlsOptions = mergeOptions({}, self.options, {
          socket,
          servername: hostHeader ? hostHeader.replace(/:.*$/, "") : options2.host
        });
        var secureSocket = tls.connect(0, tlsOptions);
        self.sockets[self.sockets.indexOf(socket)] = secureSocket;
        cb(secureSocket);
      });
    }
    function toOptions(host, port, localAddress) {
      if (typeof host === "string") {
        return {
          host,
          port,
          localAddress
        };
      }
      return host;
    }
    function mergeOptions(target) {
      for (var i = 1, len = arguments.length; i < len; ++i) {
        var overrides = arguments[i];
        if (typeof overrides === "object") {
          var keys = Object.keys(overrides);
          for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
            var k = keys[j];
            if (overrides[k] !== void 0) {
              target[k] = overrides[k];
            }
          }
        }
      }
      return target;
    }
    var debug2;
    if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
      debug2 = function() {
        var args = Array.prototype.slice.call(arguments);
        if (typeof args[0] === "string") {
          args[0] = "TUNNEL: " + args[0];
        } else {
          args.unshift("TUNNEL:");
        }
        console.error.apply(console, args);
      };
    } else {
      debug2 = function() {
      };
    }
    exports.debug = debug2;
  }
});

// node_modules/tunnel/index.js
var require_tunnel2 = __commonJS({
  "node_modules/tunnel/index.js"(exports, module) {
    module.exports = require_tunnel();
  }
});

// node_modules/events-universal/default.js
var require_default = __commonJS({
  "node_modules/events-universal/default.js"(exports, module) {
    module.exports = __require("events");
  }
});

// node_modules/fast-fifo/fixed-size.js
var require_fixed_size = __commonJS({
  "node_modules/fast-fifo/fixed-size.js"(exports, module) {
    module.exports = class FixedFIFO {
      constructor(hwm) {
        if (!(hwm > 0) || (hwm - 1 & hwm) !== 0) throw new Error("Max size for a FixedFIFO should be a power of two");
        this.buffer = new Array(hwm);
        this.mask = hwm - 1;
        this.top = 0;
        this.btm = 0;
        this.next = null;
      }
      clear() {
        this.top = this.btm = 0;
        this.next = null;
        this.buffer.fill(void 0);
      }
      push(data) {
        if (this.buffer[this.top] !== void 0) return false;
        this.buffer[this.top] = data;
        this.top = this.top + 1 & this.mask;
        return true;
      }
      shift() {
        const last = this.buffer[this.btm];
        if (last === void 0) return void 0;
        this.buffer[this.btm] = void 0;
        this.btm = this.btm + 1 & this.mask;
        return last;
      }
      peek() {
        return this.buffer[this.btm];
      }
      isEmpty() {
        return this.buffer[this.btm] === void 0;
      }
    };
  }
});

// node_modules/fast-fifo/index.js
var require_fast_fifo = __commonJS({
  "node_modules/fast-fifo/index.js"(exports, module) {
    var FixedFIFO = require_fixed_size();
    module.exports = class FastFIFO {
      constructor(hwm) {
        this.hwm = hwm || 16;
        this.head = new FixedFIFO(this.hwm);
        this.tail = this.head;
        this.length = 0;
      }
      clear() {
        this.head = this.tail;
        this.head.clear();
        this.length = 0;
      }
      push(val) {
        this.length++;
        if (!this.head.push(val)) {
          const prev = this.head;
          this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length);
          this.head.push(val);
        }
      }
      shift() {
        if (this.length !== 0) this.length--;
        const val = this.tail.shift();
        if (val === void 0 && this.tail.next) {
          const next = this.tail.next;
          this.tail.next = null;
          this.tail = next;
          return this.tail.shift();
        }
        return val;
      }
      peek() {
        const val = this.tail.peek();
        if (val === void 0 && this.tail.next) return this.tail.next.peek();
        return val;
      }
      isEmpty() {
        return this.length === 0;
      }
    };
  }
});

// node_modules/b4a/index.js
var require_b4a = __commonJS({
  "node_modules/b4a/index.js"(exports, module) {
    function isBuffer(value) {
      return Buffer.isBuffer(value) || value instanceof Uint8Array;
    }
    function isEncoding(encoding) {
      return Buffer.isEncoding(encoding);
    }
    function alloc(size, fill2, encoding) {
      return Buffer.alloc(size, fill2, encoding);
    }
    function allocUnsafe(size) {
      return Buffer.allocUnsafe(size);
    }
    function allocUnsafeSlow(size) {
      return Buffer.allocUnsafeSlow(size);
    }
    function byteLength(string, encoding) {
      return Buffer.byteLength(string, encoding);
    }
    function compare2(a, b) {
      return Buffer.compare(a, b);
    }
    function concat(buffers, totalLength) {
      return Buffer.concat(buffers, totalLength);
    }
    function copy(source, target, targetStart, start, end) {
      return toBuffer(source).copy(target, targetStart, start, end);
    }
    function equals(a, b) {
      return toBuffer(a).equals(b);
    }
    function fill(buffer, value, offset, end, encoding) {
      return toBuffer(buffer).fill(value, offset, end, encoding);
    }
    function from(value, encodingOrOffset, length) {
      return Buffer.from(value, encodingOrOffset, length);
    }
    function includes(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).includes(value, byteOffset, encoding);
    }
    function indexOf(buffer, value, byfeOffset, encoding) {
      return toBuffer(buffer).indexOf(value, byfeOffset, encoding);
    }
    function lastIndexOf(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding);
    }
    function swap16(buffer) {
      return toBuffer(buffer).swap16();
    }
    function swap32(buffer) {
      return toBuffer(buffer).swap32();
    }
    function swap64(buffer) {
      return toBuffer(buffer).swap64();
    }
    function toBuffer(buffer) {
      if (Buffer.isBuffer(buffer)) return buffer;
      return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    }
    function toString(buffer, encoding, start, end) {
      return toBuffer(buffer).toString(encoding, start, end);
    }
    function toHex(buffer, start, end) {
      return toBuffer(buffer).toString("hex", start, end);
    }
    function write(buffer, string, offset, length, encoding) {
      return toBuffer(buffer).write(string, offset, length, encoding);
    }
    function readDoubleBE(buffer, offset) {
      return toBuffer(buffer).readDoubleBE(offset);
    }
    function readDoubleLE(buffer, offset) {
      return toBuffer(buffer).readDoubleLE(offset);
    }
    function readFloatBE(buffer, offset) {
      return toBuffer(buffer).readFloatBE(offset);
    }
    function readFloatLE(buffer, offset) {
      return toBuffer(buffer).readFloatLE(offset);
    }
    function readInt32BE(buffer, offset) {
      return toBuffer(buffer).readInt32BE(offset);
    }
    function readInt32LE(buffer, offset) {
      return toBuffer(buffer).readInt32LE(offset);
    }
    function readUInt32BE(buffer, offset) {
      return toBuffer(buffer).readUInt32BE(offset);
    }
    function readUInt32LE(buffer, offset) {
      return toBuffer(buffer).readUInt32LE(offset);
    }
    function writeDoubleBE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleBE(value, offset);
    }
    function writeDoubleLE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleLE(value, offset);
    }
    function writeFloatBE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatBE(value, offset);
    }
    function writeFloatLE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatLE(value, offset);
    }
    function writeInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32BE(value, offset);
    }
    function writeInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32LE(value, offset);
    }
    function writeUInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32BE(value, offset);
    }
    function writeUInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32LE(value, offset);
    }
    module.exports = {
      isBuffer,
      isEncoding,
      alloc,
      allocUnsafe,
      allocUnsafeSlow,
      byteLength,
      compare: compare2,
      concat,
      copy,
      equals,
      fill,
      from,
      includes,
      indexOf,
      lastIndexOf,
      swap16,
      swap32,
      swap64,
      toBuffer,
      toString,
      toHex,
      write,
      readDoubleBE,
      readDoubleLE,
      readFloatBE,
      readFloatLE,
      readInt32BE,
      readInt32LE,
      readUInt32BE,
      readUInt32LE,
      writeDoubleBE,
      writeDoubleLE,
      writeFloatBE,
      writeFloatLE,
      writeInt32BE,
      writeInt32LE,
      writeUInt32BE,
      writeUInt32LE
    };
  }
});

// node_modules/text-decoder/lib/pass-through-decoder.js
var require_pass_through_decoder = __commonJS({
  "node_modules/text-decoder/lib/pass-through-decoder.js"(exports, module) {
    var b4a = require_b4a();
    module.exports = class PassThroughDecoder {
      constructor(encoding) {
        this.encoding = encoding;
      }
      get remaining() {
        return 0;
      }
      decode(data) {
        return b4a.toString(data, this.encoding);
      }
      flush() {
        return "";
      }
    };
  }
});

// node_modules/text-decoder/lib/utf8-decoder.js
var require_utf8_decoder = __commonJS({
  "node_modules/text-decoder/lib/utf8-decoder.js"(exports, module) {
    var b4a = require_b4a();
    module.exports = class UTF8Decoder {
      constructor() {
        this._reset();
      }
      get remaining() {
        return this.bytesSeen;
      }
      decode(data) {
        if (data.byteLength === 0) return "";
        if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
          this.bytesSeen = trailingBytesSeen(data);
          return b4a.toString(data, "utf8");
        }
        let result = "";
        let start = 0;
        if (this.bytesNeeded > 0) {
          while (start < data.byteLength) {
            const byte = data[start];
            if (byte < this.lowerBoundary || byte > this.upperBoundary) {
              result += "\uFFFD";
              this._reset();
              break;
            }
            this.lowerBoundary = 128;
            this.upperBoundary = 191;
            this.codePoint = this.codePoint << 6 | byte & 63;
            this.bytesSeen++;
            start++;
            if (this.bytesSeen === this.bytesNeeded) {
              result += String.fromCodePoint(this.codePoint);
              this._reset();
              break;
            }
          }
          if (this.bytesNeeded > 0) return result;
        }
        const trailing = trailingIncomplete(data, start);
        const end = data.byteLength - trailing;
        if (end > start) result += b4a.toString(data, "utf8", start, end);
        for (let i = end; i < data.byteLength; i++) {
          const byte = data[i];
          if (this.bytesNeeded === 0) {
            if (byte <= 127) {
              this.bytesSeen = 0;
              result += String.fromCharCode(byte);
            } else if (byte >= 194 && byte <= 223) {
              this.bytesNeeded = 2;
              this.bytesSeen = 1;
              this.codePoint = byte & 31;
            } else if (byte >= 224 && byte <= 239) {
              if (byte === 224) this.lowerBoundary = 160;
              else if (byte === 237) this.upperBoundary = 159;
              this.bytesNeeded = 3;
              this.bytesSeen = 1;
              this.codePoint = byte & 15;
            } else if (byte >= 240 && byte <= 244) {
              if (byte === 240) this.lowerBoundary = 144;
              else if (byte === 244) this.upperBoundary = 143;
              this.bytesNeeded = 4;
              this.bytesSeen = 1;
              this.codePoint = byte & 7;
            } else {
              this.bytesSeen = 1;
              result += "\uFFFD";
            }
            continue;
          }
          if (byte < this.lowerBoundary || byte > this.upperBoundary) {
            result += "\uFFFD";
            i--;
            this._reset();
            continue;
          }
          this.lowerBoundary = 128;
          this.upperBoundary = 191;
          this.codePoint = this.codePoint << 6 | byte & 63;
          this.bytesSeen++;
          if (this.bytesSeen === this.bytesNeeded) {
            result += String.fromCodePoint(this.codePoint);
            this._reset();
          }
        }
        return result;
      }
      flush() {
        const result = this.bytesNeeded > 0 ? "\uFFFD" : "";
        this._reset();
        return result;
      }
      _reset() {
        this.codePoint = 0;
        this.bytesNeeded = 0;
        this.bytesSeen = 0;
        this.lowerBoundary = 128;
        this.upperBoundary = 191;
      }
    };
    function trailingIncomplete(data, start) {
      const len = data.byteLength;
      if (len <= start) return 0;
      const limit = Math.max(start, len - 4);
      let i = len - 1;
      while (i > limit && (data[i] & 192) === 128) i--;
      if (i < start) return 0;
      const byte = data[i];
      let needed;
      if (byte <= 127) return 0;
      if (byte >= 194 && byte <= 223) needed = 2;
      else if (byte >= 224 && byte <= 239) needed = 3;
      else if (byte >= 240 && byte <= 244) needed = 4;
      else return 0;
      const available = len - i;
      return available < needed ? available : 0;
    }
    function trailingBytesSeen(data) {
      const len = data.byteLength;
      if (len === 0) return 0;
      const last = data[len - 1];
      if (last <= 127) return 0;
      if ((last & 192) !== 128) return 1;
      const limit = Math.max(0, len - 4);
      let i = len - 2;
      while (i >= limit && (data[i] & 192) === 128) i--;
      if (i < 0) return 1;
      const first2 = data[i];
      let needed;
      if (first2 >= 194 && first2 <= 223) needed = 2;
      else if (first2 >= 224 && first2 <= 239) needed = 3;
      else if (first2 >= 240 && first2 <= 244) needed = 4;
      else return 1;
      if (len - i !== needed) return 1;
      if (needed >= 3) {
        const second = data[i + 1];
        if (first2 === 224 && second < 160) return 1;
        if (first2 === 237 && second > 159) return 1;
        if (first2 === 240 && second < 144) return 1;
        if (first2 === 244 && second > 143) return 1;
      }
      return 0;
    }
  }
});

// node_modules/text-decoder/index.js
var require_text_decoder = __commonJS({
  "node_modules/text-decoder/index.js"(exports, module) {
    var PassThroughDecoder = require_pass_through_decoder();
    var UTF8Decoder = require_utf8_decoder();
    module.exports = class TextDecoder {
      constructor(encoding = "utf8") {
        this.encoding = normalizeEncoding(encoding);
        switch (this.encoding) {
          case "utf8":
            this.decoder = new UTF8Decoder();
            break;
          case "utf16le":
          case "base64":
            throw new Error("Unsupported encoding: " + this.encoding);
          default:
            this.decoder = new PassThroughDecoder(this.encoding);
        }
      }
      get remaining() {
        return this.decoder.remaining;
      }
      push(data) {
        if (typeof data === "string") return data;
        return this.decoder.decode(data);
      }
      // For Node.js compatibility
      write(data) {
        return this.push(data);
      }
      end(data) {
        let result = "";
        if (data) result = this.push(data);
        result += this.decoder.flush();
        return result;
      }
    };
    function normalizeEncoding(encoding) {
      encoding = encoding.toLowerCase();
      switch (encoding) {
        case "utf8":
        case "utf-8":
          return "utf8";
        case "ucs2":
        case "ucs-2":
        case "utf16le":
        case "utf-16le":
          return "utf16le";
        case "latin1":
        case "binary":
          return "latin1";
        case "base64":
        case "ascii":
        case "hex":
          return encoding;
        default:
          throw new Error("Unknown encoding: " + encoding);
      }
    }
  }
});

// node_modules/streamx/lib/errors.js
var require_errors = __commonJS({
  "node_modules/streamx/lib/errors.js"(exports, module) {
    module.exports = class StreamError extends Error {
      constructor(msg, code, fn = StreamError) {
        super(msg);
        this.code = code;
        if (Error.captureStackTrace) {
          Error.captureStackTrace(this, fn);
        }
      }
      static isStreamDestroyed(err) {
        return err && err.code === "STREAM_DESTROYED";
      }
      static isPrematureClose(err) {
        return err && err.code === "PREMATURE_CLOSE";
      }
      static isAborted(err) {
        return err && err.code === "ABORTED";
      }
      static isBadArgument(err) {
        return err && err.code === "BAD_ARGUMENT";
      }
      get name() {
        return "StreamError";
      }
      static STREAM_DESTROYED() {
        return new StreamError("Stream was destroyed", "STREAM_DESTROYED", StreamError.STREAM_DESTROYED);
      }
      static PREMATURE_CLOSE(msg = "Premature close") {
        return new StreamError(msg, "PREMATURE_CLOSE", StreamError.PREMATURE_CLOSE);
      }
      static ABORTED() {
        return new StreamError("Stream aborted", "ABORTED", StreamError.ABORTED);
      }
      static BAD_ARGUMENT(msg = "Bad argument") {
        return new StreamError(msg, "BAD_ARGUMENT", StreamError.BAD_ARGUMENT);
      }
    };
  }
});

// node_modules/streamx/index.js
var require_streamx = __commonJS({
  "node_modules/streamx/index.js"(exports, module) {
    var { EventEmitter: EventEmitter2 } = require_default();
    var FIFO = require_fast_fifo();
    var TextDecoder2 = require_text_decoder();
    var StreamError = require_errors();
    var qmt = typeof queueMicrotask === "undefined" ? (fn) => global.process.nextTick(fn) : queueMicrotask;
    var MAX = (1 << 29) - 1;
    var OPENING = 1;
    var PREDESTROYING = 2;
    var DESTROYING = 4;
    var DESTROYED = 8;
    var NOT_OPENING = MAX ^ OPENING;
    var NOT_PREDESTROYING = MAX ^ PREDESTROYING;
    var READ_ACTIVE = 1 << 4;
    var READ_UPDATING = 2 << 4;
    var READ_PRIMARY = 4 << 4;
    var READ_QUEUED = 8 << 4;
    var READ_RESUMED = 16 << 4;
    var READ_PIPE_DRAINED = 32 << 4;
    var READ_ENDING = 64 << 4;
    var READ_EMIT_DATA = 128 << 4;
    var READ_EMIT_READABLE = 256 << 4;
    var READ_EMITTED_READABLE = 512 << 4;
    var READ_DONE = 1024 << 4;
    var READ_NEXT_TICK = 2048 << 4;
    var READ_NEEDS_PUSH = 4096 << 4;
    var READ_READ_AHEAD = 8192 << 4;
    var READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED;
    var READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH;
    var READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE;
    var READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED;
    var READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD;
    var READ_NOT_ACTIVE = MAX ^ READ_ACTIVE;
    var READ_NON_PRIMARY = MAX ^ READ_PRIMARY;
    var READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH);
    var READ_PUSHED = MAX ^ READ_NEEDS_PUSH;
    var READ_PAUSED = MAX ^ READ_RESUMED;
    var READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE);
    var READ_NOT_ENDING = MAX ^ READ_ENDING;
    var READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING;
    var READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK;
    var READ_NOT_UPDATING = MAX ^ READ_UPDATING;
    var READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD;
    var READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD;
    var WRITE_ACTIVE = 1 << 18;
    var WRITE_UPDATING = 2 << 18;
    var WRITE_PRIMARY = 4 << 18;
    var WRITE_QUEUED = 8 << 18;
    var WRITE_UNDRAINED = 16 << 18;
    var WRITE_DONE = 32 << 18;
    var WRITE_EMIT_DRAIN = 64 << 18;
    var WRITE_NEXT_TICK = 128 << 18;
    var WRITE_WRITING = 256 << 18;
    var WRITE_FINISHING = 512 << 18;
    var WRITE_CORKED = 1024 << 18;
    var WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING);
    var WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY;
    var WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING);
    var WRITE_DRAINED = MAX ^ WRITE_UNDRAINED;
    var WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED;
    var WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK;
    var WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING;
    var WRITE_NOT_CORKED = MAX ^ WRITE_CORKED;
    var ACTIVE = READ_ACTIVE | WRITE_ACTIVE;
    var NOT_ACTIVE = MAX ^ ACTIVE;
    var DONE = READ_DONE | WRITE_DONE;
    var DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING;
    var OPEN_STATUS = DESTROY_STATUS | OPENING;
    var AUTO_DESTROY = DESTROY_STATUS | DONE;
    var NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY;
    var ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK;
    var TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE;
    var IS_OPENING = OPEN_STATUS | TICKING;
    var READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE;
    var READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED;
    var READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED;
    var READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE;
    var SHOULD_NOT_READ = OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD;
    var READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE;
    var READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY;
    var READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING;
    var WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED;
    var WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE;
    var WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE;
    var WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED;
    var WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE;
    var WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING;
    var WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE;
    var WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY;
    var WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS;
    var asyncIterator = Symbol.asyncIterator || /* @__PURE__ */ Symbol("asyncIterator");
    var WritableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark;
        this.buffered = 0;
        this.error = null;
        this.pipeline = null;
        this.drains = null;
        this.byteLength = byteLengthWritable || byteLength || defaultByteLength;
        this.map = mapWritable || map;
        this.afterWrite = afterWrite.bind(this);
        this.afterUpdateNextTick = updateWriteNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & WRITE_FINISHING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & WRITE_DONE) !== 0;
      }
      push(data) {
        if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false;
        if (this.map !== null) data = this.map(data);
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        if (this.buffered < this.highWaterMark) {
          this.stream._duplexState |= WRITE_QUEUED;
          return true;
        }
        this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED;
        return false;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED;
        return data;
      }
      end(data) {
        if (typeof data === "function") {
          this.stream.once("finish", data);
        } else if (data !== void 0 && data !== null) {
          this.push(data);
        }
        this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY;
      }
      autoBatch(data, cb) {
        const buffer = [];
        const stream = this.stream;
        buffer.push(data);
        while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
          buffer.push(stream._writableState.shift());
        }
        if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null);
        stream._writev(buffer, cb);
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= WRITE_UPDATING;
        do {
          while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
            const data = this.shift();
            stream._duplexState |= WRITE_ACTIVE_AND_WRITING;
            stream._write(data, this.afterWrite);
          }
          if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary();
        } while (this.continueUpdate() === true);
        stream._duplexState &= WRITE_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
          stream._duplexState = stream._duplexState | WRITE_ACTIVE;
          stream._final(afterFinal.bind(this));
          return;
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTick() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= WRITE_NEXT_TICK;
        if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var ReadableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark;
        this.buffered = 0;
        this.readAhead = highWaterMark > 0;
        this.error = null;
        this.pipeline = null;
        this.byteLength = byteLengthReadable || byteLength || defaultByteLength;
        this.map = mapReadable || map;
        this.pipeTo = null;
        this.afterRead = afterRead.bind(this);
        this.afterUpdateNextTick = updateReadNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & READ_ENDING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & READ_DONE) !== 0;
      }
      pipe(pipeTo, cb) {
        if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT("Can only pipe to one destination");
        if (typeof cb !== "function") cb = null;
        this.stream._duplexState |= READ_PIPE_DRAINED;
        this.pipeTo = pipeTo;
        this.pipeline = new Pipeline(this.stream, pipeTo, cb);
        if (cb) this.stream.on("error", noop);
        if (isStreamx(pipeTo)) {
          pipeTo._writableState.pipeline = this.pipeline;
          if (cb) pipeTo.on("error", noop);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        } else {
          const onerror = this.pipeline.done.bind(this.pipeline, pipeTo);
          const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null);
          pipeTo.on("error", onerror);
          pipeTo.on("close", onclose);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        }
        pipeTo.on("drain", afterDrain.bind(this));
        this.stream.emit("piping", pipeTo);
        pipeTo.emit("pipe", this.stream);
      }
      push(data) {
        const stream = this.stream;
        if (data === null) {
          this.highWaterMark = 0;
          stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED;
          return false;
        }
        if (this.map !== null) {
          data = this.map(data);
          if (data === null) {
            stream._duplexState &= READ_PUSHED;
            return this.buffered < this.highWaterMark;
          }
        }
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED;
        return this.buffered < this.highWaterMark;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) {
          this.stream._duplexState &= READ_NOT_QUEUED;
        }
        return data;
      }
      unshift(data) {
        const pending = [this.map !== null ? this.map(data) : data];
        while (this.buffered > 0) pending.push(this.shift());
        for (let i = 0; i < pending.length - 1; i++) {
          const data2 = pending[i];
          this.buffered += this.byteLength(data2);
          this.queue.push(data2);
        }
        this.push(pending[pending.length - 1]);
      }
      read() {
        const stream = this.stream;
        if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
          return data;
        }
        if (this.readAhead === false) {
          stream._duplexState |= READ_READ_AHEAD;
          this.updateNextTick();
        }
        return null;
      }
      drain() {
        const stream = this.stream;
        while ((stream._duplexState & READ_STATUS) === READ_QUEUED && (stream._duplexState & READ_FLOWING) !== 0) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
        }
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= READ_UPDATING;
        do {
          this.drain();
          while (this.buffered < this.highWaterMark && (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD) {
            stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH;
            stream._read(this.afterRead);
            this.drain();
          }
          if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
            stream._duplexState |= READ_EMITTED_READABLE;
            stream.emit("readable");
          }
          if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
            this.updateNonPrimary();
          }
        } while (this.continueUpdate() === true);
        stream._duplexState &= READ_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
          stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING;
          stream.emit("end");
          if ((stream._duplexState & AUTO_DESTROY) === DONE) {
            stream._duplexState |= DESTROYING;
          }
          if (this.pipeTo !== null) {
            this.pipeTo.end();
          }
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTickIfOpen() {
        if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
      updateNextTick() {
        if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var TransformState = class {
      constructor(stream) {
        this.data = null;
        this.afterTransform = afterTransform.bind(stream);
        this.afterFinal = null;
      }
    };
    var Pipeline = class {
      constructor(src, dst, cb) {
        this.from = src;
        this.to = dst;
        this.afterPipe = cb;
        this.error = null;
        this.pipeToFinished = false;
      }
      finished() {
        this.pipeToFinished = true;
      }
      done(stream, err) {
        if (err) this.error = err;
        if (stream === this.to) {
          this.to = null;
          if (this.from !== null) {
            if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
              this.from.destroy(this.error || StreamError.PREMATURE_CLOSE("Writable stream closed"));
            }
            return;
          }
        }
        if (stream === this.from) {
          this.from = null;
          if (this.to !== null) {
            if ((stream._duplexState & READ_DONE) === 0) {
              this.to.destroy(this.error || StreamError.PREMATURE_CLOSE("Readable stream closed"));
            }
            return;
          }
        }
        if (this.afterPipe !== null) this.afterPipe(this.error);
        this.to = this.from = this.afterPipe = null;
      }
    };
    function afterDrain() {
      this.stream._duplexState |= READ_PIPE_DRAINED;
      this.updateCallback();
    }
    function afterFinal(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      if ((stream._duplexState & DESTROY_STATUS) === 0) {
        stream._duplexState |= WRITE_DONE;
        stream.emit("finish");
      }
      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING;
      }
      stream._duplexState &= WRITE_NOT_FINISHING;
      if ((stream._duplexState & WRITE_UPDATING) === 0) {
        this.update();
      } else {
        this.updateNextTick();
      }
    }
    function afterDestroy(err) {
      const stream = this.stream;
      if (!err && !StreamError.isStreamDestroyed(this.error)) err = this.error;
      if (err) stream.emit("error", err);
      stream._duplexState |= DESTROYED;
      stream.emit("close");
      const rs = stream._readableState;
      const ws = stream._writableState;
      if (rs !== null && rs.pipeline !== null) {
        rs.pipeline.done(stream, err);
      }
      if (ws !== null) {
        while (ws.drains !== null && ws.drains.length > 0) {
          ws.drains.shift().resolve(false);
        }
        if (ws.pipeline !== null) {
          ws.pipeline.done(stream, err);
        }
      }
    }
    function afterWrite(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      stream._duplexState &= WRITE_NOT_ACTIVE;
      if (this.drains !== null) tickDrains(this.drains);
      if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
        stream._duplexState &= WRITE_DRAINED;
        if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
          stream.emit("drain");
        }
      }
      this.updateCallback();
    }
    function afterRead(err) {
      if (err) this.stream.destroy(err);
      this.stream._duplexState &= READ_NOT_ACTIVE;
      if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
        this.stream._duplexState &= READ_NO_READ_AHEAD;
      }
      this.updateCallback();
    }
    function updateReadNT() {
      if ((this.stream._duplexState & READ_UPDATING) === 0) {
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        this.update();
      }
    }
    function updateWriteNT() {
      if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        this.update();
      }
    }
    function tickDrains(drains) {
      for (let i = 0; i < drains.length; i++) {
        if (--drains[i].writes === 0) {
          drains.shift().resolve(true);
          i--;
        }
      }
    }
    function afterOpen(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      if ((stream._duplexState & DESTROYING) === 0) {
        if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
          stream._duplexState |= READ_PRIMARY;
        }
        if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
          stream._duplexState |= WRITE_PRIMARY;
        }
        stream.emit("open");
      }
      stream._duplexState &= NOT_ACTIVE;
      if (stream._writableState !== null) {
        stream._writableState.updateCallback();
      }
      if (stream._readableState !== null) {
        stream._readableState.updateCallback();
      }
    }
    function afterTransform(err, data) {
      if (data !== void 0 && data !== null) this.push(data);
      this._writableState.afterWrite(err);
    }
    function newListener(name) {
      if (this._readableState !== null) {
        if (name === "data") {
          this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD;
          this._readableState.updateNextTick();
        }
        if (name === "readable") {
          this._duplexState |= READ_EMIT_READABLE;
          this._readableState.updateNextTick();
        }
      }
      if (this._writableState !== null) {
        if (name === "drain") {
          this._duplexState |= WRITE_EMIT_DRAIN;
          this._writableState.updateNextTick();
        }
      }
    }
    var Stream = class extends EventEmitter2 {
      constructor(opts) {
        super();
        this._duplexState = 0;
        this._readableState = null;
        this._writableState = null;
        if (opts) {
          if (opts.open) this._open = opts.open;
          if (opts.destroy) this._destroy = opts.destroy;
          if (opts.predestroy) this._predestroy = opts.predestroy;
          if (opts.signal) opts.signal.addEventListener("abort", abort.bind(this));
        }
        this.on("newListener", newListener);
      }
      _open(cb) {
        cb(null);
      }
      _destroy(cb) {
        cb(null);
      }
      _predestroy() {
      }
      get readable() {
        return this._readableState !== null ? true : void 0;
      }
      get writable() {
        return this._writableState !== null ? true : void 0;
      }
      get destroyed() {
        return (this._duplexState & DESTROYED) !== 0;
      }
      get destroying() {
        return (this._duplexState & DESTROY_STATUS) !== 0;
      }
      destroy(err) {
        if ((this._duplexState & DESTROY_STATUS) === 0) {
          if (!err) err = StreamError.STREAM_DESTROYED();
          this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY;
          if (this._readableState !== null) {
            this._readableState.highWaterMark = 0;
            this._readableState.error = err;
          }
          if (this._writableState !== null) {
            this._writableState.highWaterMark = 0;
            this._writableState.error = err;
          }
          this._duplexState |= PREDESTROYING;
          this._predestroy();
          this._duplexState &= NOT_PREDESTROYING;
          if (this._readableState !== null) {
            this._readableState.updateNextTick();
          }
          if (this._writableState !== null) {
            this._writableState.updateNextTick();
          }
        }
      }
    };
    var Readable3 = class _Readable extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD;
        this._readableState = new ReadableState(this, opts);
        if (opts) {
          if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD;
          if (opts.read) this._read = opts.read;
          if (opts.eagerOpen) this._readableState.updateNextTick();
          if (opts.encoding) this.setEncoding(opts.encoding);
        }
      }
      static deferred(fn, opts) {
        const out = new PassThrough(opts);
        fn().then((src) => {
          if (src === null) return out.end();
          if (out.destroying) return;
          pipeline3(src, out, noop);
        }).catch((err) => out.destroy(err));
        return out;
      }
      setEncoding(encoding) {
        const dec = new TextDecoder2(encoding);
        const map = this._readableState.map || echo;
        this._readableState.map = mapOrSkip;
        return this;
        function mapOrSkip(data) {
          const next = dec.push(data);
          return next === "" && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next);
        }
      }
      _read(cb) {
        cb(null);
      }
      pipe(dest, cb) {
        this._readableState.updateNextTick();
        this._readableState.pipe(dest, cb);
        return dest;
      }
      read() {
        this._readableState.updateNextTick();
        return this._readableState.read();
      }
      push(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.push(data);
      }
      unshift(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.unshift(data);
      }
      resume() {
        this._duplexState |= READ_RESUMED_READ_AHEAD;
        this._readableState.updateNextTick();
        return this;
      }
      pause() {
        this._duplexState &= this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED;
        return this;
      }
      static _fromAsyncIterator(ite, opts) {
        let destroy;
        const rs = new _Readable({
          ...opts,
          read(cb) {
            ite.next().then(push).then(cb.bind(null, null)).catch(cb);
          },
          predestroy() {
            destroy = ite.return();
          },
          destroy(cb) {
            if (!destroy) return cb(null);
            destroy.then(cb.bind(null, null)).catch(cb);
          }
        });
        return rs;
        function push(data) {
          if (data.done) rs.push(null);
          else rs.push(data.value);
        }
      }
      static from(data, opts) {
        if (isReadStreamx(data)) return data;
        if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts);
        if (!Array.isArray(data)) data = data === void 0 ? [] : [data];
        let i = 0;
        return new _Readable({
          ...opts,
          read(cb) {
            this.push(i === data.length ? null : data[i++]);
            cb(null);
          }
        });
      }
      static isBackpressured(rs) {
        return (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 || rs._readableState.buffered >= rs._readableState.highWaterMark;
      }
      static isPaused(rs) {
        return (rs._duplexState & READ_RESUMED) === 0;
      }
      [asyncIterator]() {
        const stream = this;
        let error2 = null;
        let promiseResolve = null;
        let promiseReject = null;
        this.on("error", (err) => {
          error2 = err;
        });
        this.on("readable", onreadable);
        this.on("close", onclose);
        return {
          [asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(function(resolve4, reject) {
              promiseResolve = resolve4;
              promiseReject = reject;
              const data = stream.read();
              if (data !== null) ondata(data);
              else if ((stream._duplexState & DESTROYED) !== 0) ondata(null);
            });
          },
          return() {
            return destroy(null);
          },
          throw(err) {
            return destroy(err);
          }
        };
        function onreadable() {
          if (promiseResolve !== null) ondata(stream.read());
        }
        function onclose() {
          if (promiseResolve !== null) ondata(null);
        }
        function ondata(data) {
          if (promiseReject === null) return;
          if (error2) {
            promiseReject(error2);
          } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
            promiseReject(StreamError.STREAM_DESTROYED());
          } else {
            promiseResolve({ value: data, done: data === null });
          }
          promiseReject = promiseResolve = null;
        }
        function destroy(err) {
          stream.destroy(err);
          return new Promise((resolve4, reject) => {
            if (stream._duplexState & DESTROYED) return resolve4({ value: void 0, done: true });
            stream.once("close", function() {
              if (err) reject(err);
              else resolve4({ value: void 0, done: true });
            });
          });
        }
      }
    };
    var Writable3 = class extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | READ_DONE;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
          if (opts.eagerOpen) this._writableState.updateNextTick();
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      static isBackpressured(ws) {
        return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0;
      }
      static drained(ws) {
        if (ws.destroyed) return Promise.resolve(false);
        const state = ws._writableState;
        const pending = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length;
        const writes = pending + (ws._duplexState & WRITE_WRITING ? 1 : 0);
        if (writes === 0) return Promise.resolve(true);
        if (state.drains === null) state.drains = [];
        return new Promise((resolve4) => {
          state.drains.push({ writes, resolve: resolve4 });
        });
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Duplex = class extends Readable3 {
      // and Writable
      constructor(opts) {
        super(opts);
        this._duplexState = OPENING | this._duplexState & READ_READ_AHEAD;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Transform2 = class extends Duplex {
      constructor(opts) {
        super(opts);
        this._transformState = new TransformState(this);
        if (opts) {
          if (opts.transform) this._transform = opts.transform;
          if (opts.flush) this._flush = opts.flush;
        }
      }
      _write(data, cb) {
        if (this._readableState.buffered >= this._readableState.highWaterMark) {
          this._transformState.data = data;
        } else {
          this._transform(data, this._transformState.afterTransform);
        }
      }
      _read(cb) {
        if (this._transformState.data !== null) {
          const data = this._transformState.data;
          this._transformState.data = null;
          cb(null);
          this._transform(data, this._transformState.afterTransform);
        } else {
          cb(null);
        }
      }
      destroy(err) {
        super.destroy(err);
        if (this._transformState.data !== null) {
          this._transformState.data = null;
          this._transformState.afterTransform();
        }
      }
      _transform(data, cb) {
        cb(null, data);
      }
      _flush(cb) {
        cb(null);
      }
      _final(cb) {
        this._transformState.afterFinal = cb;
        this._flush(transformAfterFlush.bind(this));
      }
    };
    var PassThrough = class extends Transform2 {
    };
    function transformAfterFlush(err, data) {
      const cb = this._transformState.afterFinal;
      if (err) return cb(err);
      if (data !== null && data !== void 0) this.push(data);
      this.push(null);
      cb(null);
    }
    function pipelinePromise(...streams) {
      return new Promise((resolve4, reject) => {
        return pipeline3(...streams, (err) => {
          if (err) return reject(err);
          resolve4();
        });
      });
    }
    function pipeline3(stream, ...streams) {
      const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams];
      const done = all.length && typeof all[all.length - 1] === "function" ? all.pop() : null;
      if (all.length < 2) throw StreamError.BAD_ARGUMENT("Pipeline requires at least 2 streams");
      let src = all[0];
      let dest = null;
      let error2 = null;
      for (let i = 1; i < all.length; i++) {
        dest = all[i];
        if (isStreamx(src)) {
          src.pipe(dest, onerror);
        } else {
          errorHandle(src, true, i > 1, onerror);
          src.pipe(dest);
        }
        src = dest;
      }
      if (done) {
        let fin = false;
        const autoDestroy = isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy);
        dest.on("error", (err) => {
          if (error2 === null) error2 = err;
        });
        dest.on("finish", () => {
          fin = true;
          if (!autoDestroy) done(error2);
        });
        if (autoDestroy) {
          dest.on("close", () => done(error2 || (fin ? null : StreamError.PREMATURE_CLOSE())));
        }
      }
      return dest;
      function errorHandle(s, rd, wr, onerror2) {
        s.on("error", onerror2);
        s.on("close", onclose);
        function onclose() {
          if (rd && s._readableState && !s._readableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
          if (wr && s._writableState && !s._writableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
        }
      }
      function onerror(err) {
        if (!err || error2) return;
        error2 = err;
        for (const s of all) {
          s.destroy(err);
        }
      }
    }
    function echo(s) {
      return s;
    }
    function isStream(stream) {
      return !!stream._readableState || !!stream._writableState;
    }
    function isStreamx(stream) {
      return typeof stream._duplexState === "number" && isStream(stream);
    }
    function isEnding(stream) {
      return !!stream._readableState && stream._readableState.ending;
    }
    function isEnded(stream) {
      return !!stream._readableState && stream._readableState.ended;
    }
    function isFinishing(stream) {
      return !!stream._writableState && stream._writableState.ending;
    }
    function isFinished(stream) {
      return !!stream._writableState && stream._writableState.ended;
    }
    function getStreamError(stream, opts = {}) {
      const err = stream._readableState && stream._readableState.error || stream._writableState && stream._writableState.error;
      return !opts.all && StreamError.isStreamDestroyed(err) ? null : err;
    }
    function isReadStreamx(stream) {
      return isStreamx(stream) && stream.readable;
    }
    function isDisturbed(stream) {
      return (stream._duplexState & OPENING) !== OPENING || (stream._duplexState & DESTROYING) === DESTROYING || (stream._duplexState & ACTIVE_OR_TICKING) !== 0;
    }
    function isTypedArray(data) {
      return typeof data === "object" && data !== null && typeof data.byteLength === "number";
    }
    function defaultByteLength(data) {
      return isTypedArray(data) ? data.byteLength : 1024;
    }
    function noop() {
    }
    function abort() {
      this.destroy(StreamError.ABORTED());
    }
    function isWritev(s) {
      return s._writev !== Writable3.prototype._writev && s._writev !== Duplex.prototype._writev;
    }
    module.exports = {
      pipeline: pipeline3,
      pipelinePromise,
      isStream,
      isStreamx,
      isEnding,
      isEnded,
      isFinishing,
      isFinished,
      isDisturbed,
      getStreamError,
      Stream,
      Writable: Writable3,
      Readable: Readable3,
      Duplex,
      Transform: Transform2,
      // Export PassThrough for compatibility with Node.js core's stream module
      PassThrough
    };
  }
});

// node_modules/tar-stream/headers.js
var require_headers = __commonJS({
  "node_modules/tar-stream/headers.js"(exports) {
    var b4a = require_b4a();
    var ZEROS = "0000000000000000000";
    var SEVENS = "7777777777777777777";
    var ZERO_OFFSET = "0".charCodeAt(0);
    var USTAR_MAGIC = b4a.from([117, 115, 116, 97, 114, 0]);
    var USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET]);
    var GNU_MAGIC = b4a.from([117, 115, 116, 97, 114, 32]);
    var GNU_VER = b4a.from([32, 0]);
    var MASK = 4095;
    var MAGIC_OFFSET = 257;
    var VERSION_OFFSET = 263;
    exports.decodeLongPath = function decodeLongPath(buf, encoding) {
      return decodeStr(buf, 0, buf.length, encoding);
    };
    exports.encodePax = function encodePax(opts) {
      let result = "";
      if (opts.name) result += addLength(" path=" + opts.name + "\n");
      if (opts.linkname) result += addLength(" linkpath=" + opts.linkname + "\n");
      const pax = opts.pax;
      if (pax) {
        for (const key in pax) {
          result += addLength(" " + key + "=" + pax[key] + "\n");
        }
      }
      return b4a.from(result);
    };
    exports.decodePax = function decodePax(buf) {
      const result = {};
      while (buf.length) {
        let i = 0;
        while (i < buf.length && buf[i] !== 32) i++;
        const len = parseInt(b4a.toString(buf.subarray(0, i)), 10);
        if (!len) return result;
        const b = b4a.toString(buf.subarray(i + 1, len - 1));
        const keyIndex = b.indexOf("=");
        if (keyIndex === -1) return result;
        result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1);
        buf = buf.subarray(len);
      }
      return result;
    };
    exports.encode = function encode(opts) {
      const buf = b4a.alloc(512);
      let name = opts.name;
      let prefix = "";
      if (opts.typeflag === 5 && name[name.length - 1] !== "/") name += "/";
      if (b4a.byteLength(name) !== name.length) return null;
      while (b4a.byteLength(name) > 100) {
        const i = name.indexOf("/");
        if (i === -1) return null;
        prefix += prefix ? "/" + name.slice(0, i) : name.slice(0, i);
        name = name.slice(i + 1);
      }
      if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null;
      if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null;
      b4a.write(buf, name);
      b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100);
      b4a.write(buf, encodeOct(opts.uid, 6), 108);
      b4a.write(buf, encodeOct(opts.gid, 6), 116);
      encodeSize(opts.size, buf, 124);
      b4a.write(buf, encodeOct(opts.mtime.getTime() / 1e3 | 0, 11), 136);
      buf[156] = ZERO_OFFSET + toTypeflag(opts.type);
      if (opts.linkname) b4a.write(buf, opts.linkname, 157);
      b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET);
      b4a.copy(USTAR_VER, buf, VERSION_OFFSET);
      if (opts.uname) b4a.write(buf, opts.uname, 265);
      if (opts.gname) b4a.write(buf, opts.gname, 297);
      b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329);
      b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337);
      if (prefix) b4a.write(buf, prefix, 345);
      b4a.write(buf, encodeOct(cksum(buf), 6), 148);
      return buf;
    };
    exports.decode = function decode(buf, filenameEncoding, allowUnknownFormat) {
      let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET;
      let name = decodeStr(buf, 0, 100, filenameEncoding);
      const mode = decodeOct(buf, 100, 8);
      const uid = decodeOct(buf, 108, 8);
      const gid = decodeOct(buf, 116, 8);
      const size = decodeOct(buf, 124, 12);
      const mtime = decodeOct(buf, 136, 12);
      const type = toType(typeflag);
      const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding);
      const uname = decodeStr(buf, 265, 32);
      const gname = decodeStr(buf, 297, 32);
      const devmajor = decodeOct(buf, 329, 8);
      const devminor = decodeOct(buf, 337, 8);
      const c = cksum(buf);
      if (c === 8 * 32) return null;
      if (c !== decodeOct(buf, 148, 8)) throw new Error("Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?");
      if (isUSTAR(buf)) {
        if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + "/" + name;
      } else if (isGNU(buf)) {
      } else {
        if (!allowUnknownFormat) {
          throw new Error("Invalid tar header: unknown format.");
        }
      }
      if (typeflag === 0 && name && name[name.length - 1] === "/") typeflag = 5;
      return {
        name,
        mode,
        uid,
        gid,
        size,
        byteOffset: 0,
        mtime: new Date(1e3 * mtime),
        type,
        linkname,
        uname,
        gname,
        devmajor,
        devminor,
        pax: null
      };
    };
    function isUSTAR(buf) {
      return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6));
    }
    function isGNU(buf) {
      return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) && b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2));
    }
    function clamp(index, len, defaultValue) {
      if (typeof index !== "number") return defaultValue;
      index = ~~index;
      if (index >= len) return len;
      if (index >= 0) return index;
      index += len;
      if (index >= 0) return index;
      return 0;
    }
    function toType(flag) {
      switch (flag) {
        case 0:
          return "file";
        case 1:
          return "link";
        case 2:
          return "symlink";
        case 3:
          return "character-device";
        case 4:
          return "block-device";
        case 5:
          return "directory";
        case 6:
          return "fifo";
        case 7:
          return "contiguous-file";
        case 72:
          return "pax-header";
        case 55:
          return "pax-global-header";
        case 27:
          return "gnu-long-link-path";
        case 28:
        case 30:
          return "gnu-long-path";
      }
      return null;
    }
    function toTypeflag(flag) {
      switch (flag) {
        case "file":
          return 0;
        case "link":
          return 1;
        case "symlink":
          return 2;
        case "character-device":
          return 3;
        case "block-device":
          return 4;
        case "directory":
          return 5;
        case "fifo":
          return 6;
        case "contiguous-file":
          return 7;
        case "pax-header":
          return 72;
      }
      return 0;
    }
    function indexOf(block, num, offset, end) {
      for (; offset < end; offset++) {
        if (block[offset] === num) return offset;
      }
      return end;
    }
    function cksum(block) {
      let sum = 8 * 32;
      for (let i = 0; i < 148; i++) sum += block[i];
      for (let j = 156; j < 512; j++) sum += block[j];
      return sum;
    }
    function encodeOct(val, n) {
      val = val.toString(8);
      if (val.length > n) return SEVENS.slice(0, n) + " ";
      return ZEROS.slice(0, n - val.length) + val + " ";
    }
    function encodeSizeBin(num, buf, off) {
      buf[off] = 128;
      for (let i = 11; i > 0; i--) {
        buf[off + i] = num & 255;
        num = Math.floor(num / 256);
      }
    }
    function encodeSize(num, buf, off) {
      if (num.toString(8).length > 11) {
        encodeSizeBin(num, buf, off);
      } else {
        b4a.write(buf, encodeOct(num, 11), off);
      }
    }
    function parse256(buf) {
      let positive;
      if (buf[0] === 128) positive = true;
      else if (buf[0] === 255) positive = false;
      else return null;
      const tuple = [];
      let i;
      for (i = buf.length - 1; i > 0; i--) {
        const byte = buf[i];
        if (positive) tuple.push(byte);
        else tuple.push(255 - byte);
      }
      let sum = 0;
      const l = tuple.length;
      for (i = 0; i < l; i++) {
        sum += tuple[i] * Math.pow(256, i);
      }
      return positive ? sum : -1 * sum;
    }
    function decodeOct(val, offset, length) {
      val = val.subarray(offset, offset + length);
      offset = 0;
      if (val[offset] & 128) {
        return parse256(val);
      } else {
        while (offset < val.length && val[offset] === 32) offset++;
        const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length);
        while (offset < end && val[offset] === 0) offset++;
        if (end === offset) return 0;
        return parseInt(b4a.toString(val.subarray(offset, end)), 8);
      }
    }
    function decodeStr(val, offset, length, encoding) {
      return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding);
    }
    function addLength(str) {
      const len = b4a.byteLength(str);
      let digits = Math.floor(Math.log(len) / Math.log(10)) + 1;
      if (len + digits >= Math.pow(10, digits)) digits++;
      return len + digits + str;
    }
  }
});

// node_modules/tar-stream/extract.js
var require_extract = __commonJS({
  "node_modules/tar-stream/extract.js"(exports, module) {
    var { Writable: Writable3, Readable: Readable3, getStreamError } = require_streamx();
    var FIFO = require_fast_fifo();
    var b4a = require_b4a();
    var headers = require_headers();
    var EMPTY = b4a.alloc(0);
    var MAX_HEADER_SIZE = 4 * 1024 * 1024;
    var BufferList = class {
      constructor() {
        this.buffered = 0;
        this.shifted = 0;
        this.queue = new FIFO();
        this._offset = 0;
      }
      push(buffer) {
        this.buffered += buffer.byteLength;
        this.queue.push(buffer);
      }
      shiftFirst(size) {
        return this.buffered === 0 ? null : this._next(size);
      }
      shift(size) {
        if (size > this.buffered) return null;
        if (size === 0) return EMPTY;
        let chunk = this._next(size);
        if (size === chunk.byteLength) return chunk;
        const chunks = [chunk];
        while ((size -= chunk.byteLength) > 0) {
          chunk = this._next(size);
          chunks.push(chunk);
        }
        return b4a.concat(chunks);
      }
      _next(size) {
        const buf = this.queue.peek();
        const rem = buf.byteLength - this._offset;
        if (size >= rem) {
          const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf;
          this.queue.shift();
          this._offset = 0;
          this.buffered -= rem;
          this.shifted += rem;
          return sub;
        }
        this.buffered -= size;
        this.shifted += size;
        return buf.subarray(this._offset, this._offset += size);
      }
    };
    var Source = class extends Readable3 {
      constructor(self, header3, offset) {
        super();
        this.header = header3;
        this.offset = offset;
        this._parent = self;
      }
      _read(cb) {
        if (this.header.size === 0) {
          this.push(null);
        }
        if (this._parent._stream === this) {
          this._parent._update();
        }
        cb(null);
      }
      _predestroy() {
        this._parent.destroy(getStreamError(this));
      }
      _detach() {
        if (this._parent._stream === this) {
          this._parent._stream = null;
          this._parent._missing = overflow(this.header.size);
          this._parent._update();
        }
      }
      _destroy(cb) {
        this._detach();
        cb(null);
      }
    };
    var Extract = class extends Writable3 {
      constructor(opts) {
        super(opts);
        if (!opts) opts = {};
        this._buffer = new BufferList();
        this._offset = 0;
        this._header = null;
        this._stream = null;
        this._missing = 0;
        this._longHeader = false;
        this._callback = noop;
        this._locked = false;
        this._finished = false;
        this._pax = null;
        this._paxGlobal = null;
        this._gnuLongPath = null;
        this._gnuLongLinkPath = null;
        this._filenameEncoding = opts.filenameEncoding || "utf-8";
        this._allowUnknownFormat = !!opts.allowUnknownFormat;
        this._unlockBound = this._unlock.bind(this);
      }
      _unlock(err) {
        this._locked = false;
        if (err) {
          this.destroy(err);
          this._continueWrite(err);
          return;
        }
        this._update();
      }
      _consumeHeader() {
        if (this._locked) return false;
        this._offset = this._buffer.shifted;
        try {
          this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat);
        } catch (err) {
          this._continueWrite(err);
          return false;
        }
        if (!this._header) return true;
        this._header.byteOffset = this._buffer.shifted;
        switch (this._header.type) {
          case "gnu-long-path":
          case "gnu-long-link-path":
          case "pax-global-header":
          case "pax-header":
            this._longHeader = true;
            this._missing = this._header.size;
            if (this._missing > MAX_HEADER_SIZE) {
              this._continueWrite(new Error("Header exceeds max size"));
              return false;
            }
            return true;
        }
        this._locked = true;
        this._applyLongHeaders();
        if (!(this._header.size >= 0)) {
          this._continueWrite(new Error("Invalid header"));
          return false;
        }
        if (this._header.size === 0 || this._header.type === "directory") {
          this.emit("entry", this._header, this._createStream(), this._unlockBound);
          return true;
        }
        this._stream = this._createStream();
        this._missing = this._header.size;
        this.emit("entry", this._header, this._stream, this._unlockBound);
        return true;
      }
      _applyLongHeaders() {
        if (this._gnuLongPath) {
          this._header.name = this._gnuLongPath;
          this._gnuLongPath = null;
        }
        if (this._gnuLongLinkPath) {
          this._header.linkname = this._gnuLongLinkPath;
          this._gnuLongLinkPath = null;
        }
        if (this._pax) {
          if (this._pax.path) this._header.name = this._pax.path;
          if (this._pax.linkpath) this._header.linkname = this._pax.linkpath;
          if (this._pax.size) this._header.size = parseInt(this._pax.size, 10);
          this._header.pax = this._pax;
          this._pax = null;
        }
      }
      _decodeLongHeader(buf) {
        switch (this._header.type) {
          case "gnu-long-path":
            this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "gnu-long-link-path":
            this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "pax-global-header":
            this._paxGlobal = headers.decodePax(buf);
            break;
          case "pax-header":
            this._pax = this._paxGlobal === null ? headers.decodePax(buf) : Object.assign({}, this._paxGlobal, headers.decodePax(buf));
            break;
        }
      }
      _consumeLongHeader() {
        this._longHeader = false;
        this._missing = overflow(this._header.size);
        const buf = this._buffer.shift(this._header.size);
        try {
          this._decodeLongHeader(buf);
        } catch (err) {
          this._continueWrite(err);
          return false;
        }
        return true;
      }
      _consumeStream() {
        const buf = this._buffer.shiftFirst(this._missing);
        if (buf === null) return false;
        this._missing -= buf.byteLength;
        const drained = this._stream.push(buf);
        if (this._missing === 0) {
          this._stream.push(null);
          if (drained) this._stream._detach();
          return drained && this._locked === false;
        }
        return drained;
      }
      _createStream() {
        return new Source(this, this._header, this._offset);
      }
      _update() {
        while (this._buffer.buffered > 0 && !this.destroying) {
          if (this._missing > 0) {
            if (this._stream !== null) {
              if (this._consumeStream() === false) return;
              continue;
            }
            if (this._longHeader === true) {
              if (this._missing > this._buffer.buffered) break;
              if (this._consumeLongHeader() === false) return false;
              continue;
            }
            const ignore = this._buffer.shiftFirst(this._missing);
            if (ignore !== null) this._missing -= ignore.byteLength;
            continue;
          }
          if (this._buffer.buffered < 512) break;
          if (this._stream !== null || this._consumeHeader() === false) return;
        }
        this._continueWrite(null);
      }
      _continueWrite(err) {
        const cb = this._callback;
        this._callback = noop;
        cb(err);
      }
      _write(data, cb) {
        this._callback = cb;
        this._buffer.push(data);
        this._update();
      }
      _final(cb) {
        this._finished = this._missing === 0 && this._buffer.buffered === 0;
        cb(this._finished ? null : new Error("Unexpected end of data"));
      }
      _predestroy() {
        this._continueWrite(null);
      }
      _destroy(cb) {
        if (this._stream) this._stream.destroy(getStreamError(this));
        cb(null);
      }
      [Symbol.asyncIterator]() {
        let error2 = null;
        let promiseResolve = null;
        let promiseReject = null;
        let entryStream = null;
        let entryCallback = null;
        const extract2 = this;
        this.on("entry", onentry);
        this.on("error", (err) => {
          error2 = err;
        });
        this.on("close", onclose);
        return {
          [Symbol.asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(onnext);
          },
          return() {
            return destroy(null);
          },
          throw(err) {
            return destroy(err);
          }
        };
        function consumeCallback(err) {
          if (!entryCallback) return;
          const cb = entryCallback;
          entryCallback = null;
          cb(err);
        }
        function onnext(resolve4, reject) {
          if (error2) {
            return reject(error2);
          }
          if (entryStream) {
            resolve4({ value: entryStream, done: false });
            entryStream = null;
            return;
          }
          promiseResolve = resolve4;
          promiseReject = reject;
          consumeCallback(null);
          if (extract2._finished && promiseResolve) {
            promiseResolve({ value: void 0, done: true });
            promiseResolve = promiseReject = null;
          }
        }
        function onentry(header3, stream, callback) {
          entryCallback = callback;
          stream.on("error", noop);
          if (promiseResolve) {
            promiseResolve({ value: stream, done: false });
            promiseResolve = promiseReject = null;
          } else {
            entryStream = stream;
          }
        }
        function onclose() {
          consumeCallback(error2);
          if (!promiseResolve) return;
          if (error2) promiseReject(error2);
          else promiseResolve({ value: void 0, done: true });
          promiseResolve = promiseReject = null;
        }
        function destroy(err) {
          extract2.destroy(err);
          consumeCallback(err);
          return new Promise((resolve4, reject) => {
            if (extract2.destroyed) return resolve4({ value: void 0, done: true });
            extract2.once("close", function() {
              if (err) reject(err);
              else resolve4({ value: void 0, done: true });
            });
          });
        }
      }
    };
    module.exports = function extract2(opts) {
      return new Extract(opts);
    };
    function noop() {
    }
    function overflow(size) {
      size &= 511;
      return size && 512 - size;
    }
  }
});

// node_modules/tar-stream/constants.js
var require_constants = __commonJS({
  "node_modules/tar-stream/constants.js"(exports, module) {
    var constants3 = {
      // just for envs without fs
      S_IFMT: 61440,
      S_IFDIR: 16384,
      S_IFCHR: 8192,
      S_IFBLK: 24576,
      S_IFIFO: 4096,
      S_IFLNK: 40960
    };
    try {
      module.exports = __require("fs").constants || constants3;
    } catch {
      module.exports = constants3;
    }
  }
});

// node_modules/tar-stream/pack.js
var require_pack = __commonJS({
  "node_modules/tar-stream/pack.js"(exports, module) {
    var { Readable: Readable3, Writable: Writable3, getStreamError } = require_streamx();
    var b4a = require_b4a();
    var constants3 = require_constants();
    var headers = require_headers();
    var DMODE = 493;
    var FMODE = 420;
    var END_OF_TAR = b4a.alloc(1024);
    var Sink = class extends Writable3 {
      constructor(pack, header3, callback) {
        super({ mapWritable, eagerOpen: true });
        this.written = 0;
        this.header = header3;
        this._callback = callback;
        this._linkname = null;
        this._isLinkname = header3.type === "symlink" && !header3.linkname;
        this._isVoid = header3.type !== "file" && header3.type !== "contiguous-file";
        this._finished = false;
        this._pack = pack;
        this._openCallback = null;
        if (this._pack._stream === null) this._pack._stream = this;
        else this._pack._pending.push(this);
      }
      _open(cb) {
        this._openCallback = cb;
        if (this._pack._stream === this) this._continueOpen();
      }
      _continuePack(err) {
        if (this._callback === null) return;
        const callback = this._callback;
        this._callback = null;
        callback(err);
      }
      _continueOpen() {
        if (this._pack._stream === null) this._pack._stream = this;
        const cb = this._openCallback;
        this._openCallback = null;
        if (cb === null) return;
        if (this._pack.destroying) return cb(new Error("pack stream destroyed"));
        if (this._pack._finalized) return cb(new Error("pack stream is already finalized"));
        this._pack._stream = this;
        if (!this._isLinkname) {
          this._pack._encode(this.header);
        }
        if (this._isVoid) {
          this._finish();
          this._continuePack(null);
        }
        cb(null);
      }
      _write(data, cb) {
        if (this._isLinkname) {
          this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data;
          return cb(null);
        }
        if (this._isVoid) {
          if (data.byteLength > 0) {
            return cb(new Error("No body allowed for this entry"));
          }
          return cb();
        }
        this.written += data.byteLength;
        if (this._pack.push(data)) return cb();
        this._pack._drain = cb;
      }
      _finish() {
        if (this._finished) return;
        this._finished = true;
        if (this._isLinkname) {
          this.header.linkname = this._linkname ? b4a.toString(this._linkname, "utf-8") : "";
          this._pack._encode(this.header);
        }
        overflow(this._pack, this.header.size);
        this._pack._done(this);
      }
      _final(cb) {
        if (this.written !== this.header.size) {
          return cb(new Error("Size mismatch"));
        }
        this._finish();
        cb(null);
      }
      _getError() {
        return getStreamError(this) || new Error("tar entry destroyed");
      }
      _predestroy() {
        this._pack.destroy(this._getError());
      }
      _destroy(cb) {
        this._pack._done(this);
        this._continuePack(this._finished ? null : this._getError());
        cb();
      }
    };
    var Pack = class extends Readable3 {
      constructor(opts) {
        super(opts);
        this._drain = noop;
        this._finalized = false;
        this._finalizing = false;
        this._pending = [];
        this._stream = null;
      }
      entry(header3, buffer, callback) {
        if (this._finalized || this.destroying) throw new Error("already finalized or destroyed");
        if (typeof buffer === "function") {
          callback = buffer;
          buffer = null;
        }
        if (!callback) callback = noop;
        if (!header3.size || header3.type === "symlink") header3.size = 0;
        if (!header3.type) header3.type = modeToType(header3.mode);
        if (!header3.mode) header3.mode = header3.type === "directory" ? DMODE : FMODE;
        if (!header3.uid) header3.uid = 0;
        if (!header3.gid) header3.gid = 0;
        if (!header3.mtime) header3.mtime = /* @__PURE__ */ new Date();
        if (typeof buffer === "string") buffer = b4a.from(buffer);
        const sink = new Sink(this, header3, callback);
        if (b4a.isBuffer(buffer)) {
          header3.size = buffer.byteLength;
          sink.write(buffer);
          sink.end();
          return sink;
        }
        if (sink._isVoid) {
          return sink;
        }
        return sink;
      }
      finalize() {
        if (this._stream || this._pending.length > 0) {
          this._finalizing = true;
          return;
        }
        if (this._finalized) return;
        this._finalized = true;
        this.push(END_OF_TAR);
        this.push(null);
      }
      _done(stream) {
        if (stream !== this._stream) return;
        this._stream = null;
        if (this._finalizing) this.finalize();
        if (this._pending.length) this._pending.shift()._continueOpen();
      }
      _encode(header3) {
        if (!header3.pax) {
          const buf = headers.encode(header3);
          if (buf) {
            this.push(buf);
            return;
          }
        }
        this._encodePax(header3);
      }
      _encodePax(header3) {
        const paxHeader = headers.encodePax({
          name: header3.name,
          linkname: header3.linkname,
          pax: header3.pax
        });
        const newHeader = {
          name: "PaxHeader",
          mode: header3.mode,
          uid: header3.uid,
          gid: header3.gid,
          size: paxHeader.byteLength,
          mtime: header3.mtime,
          type: "pax-header",
          linkname: header3.linkname && "PaxHeader",
          uname: header3.uname,
          gname: header3.gname,
          devmajor: header3.devmajor,
          devminor: header3.devminor
        };
        this.push(headers.encode(newHeader));
        this.push(paxHeader);
        overflow(this, paxHeader.byteLength);
        newHeader.size = header3.size;
        newHeader.type = header3.type;
        this.push(headers.encode(newHeader));
      }
      _doDrain() {
        const drain = this._drain;
        this._drain = noop;
        drain();
      }
      _predestroy() {
        const err = getStreamError(this);
        if (this._stream) this._stream.destroy(err);
        while (this._pending.length) {
          const stream = this._pending.shift();
          stream.destroy(err);
          stream._continueOpen();
        }
        this._doDrain();
      }
      _read(cb) {
        this._doDrain();
        cb();
      }
    };
    module.exports = function pack(opts) {
      return new Pack(opts);
    };
    function modeToType(mode) {
      switch (mode & constants3.S_IFMT) {
        case constants3.S_IFBLK:
          return "block-device";
        case constants3.S_IFCHR:
          return "character-device";
        case constants3.S_IFDIR:
          return "directory";
        case constants3.S_IFIFO:
          return "fifo";
        case constants3.S_IFLNK:
          return "symlink";
      }
      return "file";
    }
    function noop() {
    }
    function overflow(self, size) {
      size &= 511;
      if (size) self.push(END_OF_TAR.subarray(0, 512 - size));
    }
    function mapWritable(buf) {
      return b4a.isBuffer(buf) ? buf : b4a.from(buf);
    }
  }
});

// node_modules/tar-stream/index.js
var require_tar_stream = __commonJS({
  "node_modules/tar-stream/index.js"(exports) {
    exports.extract = require_extract();
    exports.pack = require_pack();
  }
});

// node_modules/pend/index.js
var require_pend = __commonJS({
  "node_modules/pend/index.js"(exports, module) {
    module.exports = Pend;
    function Pend() {
      this.pending = 0;
      this.max = Infinity;
      this.listeners = [];
      this.waiting = [];
      this.error = null;
    }
    Pend.prototype.go = function(fn) {
      if (this.pending < this.max) {
        pendGo(this, fn);
      } else {
        this.waiting.push(fn);
      }
    };
    Pend.prototype.wait = function(cb) {
      if (this.pending === 0) {
        cb(this.error);
      } else {
        this.listeners.push(cb);
      }
    };
    Pend.prototype.hold = function() {
      return pendHold(this);
    };
    function pendHold(self) {
      self.pending += 1;
      var called = false;
      return onCb;
      function onCb(err) {
        if (called) throw new Error("callback called twice");
        called = true;
        self.error = self.error || err;
        self.pending -= 1;
        if (self.waiting.length > 0 && self.pending < self.max) {
          pendGo(self, self.waiting.shift());
        } else if (self.pending === 0) {
          var listeners = self.listeners;
          self.listeners = [];
          listeners.forEach(cbListener);
        }
      }
      function cbListener(listener) {
        listener(self.error);
      }
    }
    function pendGo(self, fn) {
      fn(pendHold(self));
    }
  }
});

// node_modules/yauzl/fd-slicer.js
var require_fd_slicer = __commonJS({
  "node_modules/yauzl/fd-slicer.js"(exports) {
    var fs15 = __require("fs");
    var util = __require("util");
    var stream = __require("stream");
    var Readable3 = stream.Readable;
    var PassThrough = stream.PassThrough;
    var Pend = require_pend();
    var EventEmitter2 = __require("events").EventEmitter;
    exports.BufferSlicer = BufferSlicer;
    exports.FdSlicer = FdSlicer;
    util.inherits(FdSlicer, EventEmitter2);
    function FdSlicer(fd) {
      EventEmitter2.call(this);
      this.fd = fd;
      this.pend = new Pend();
      this.pend.max = 1;
      this.refCount = 0;
    }
    FdSlicer.prototype.read = function(buffer, offset, length, position, callback) {
      var self = this;
      self.pend.go(function(cb) {
        fs15.read(self.fd, buffer, offset, length, position, function(err, bytesRead, buffer2) {
          cb();
          callback(err, bytesRead, buffer2);
        });
      });
    };
    FdSlicer.prototype.createReadStream = function(options2) {
      return new ReadStream(this, options2);
    };
    FdSlicer.prototype.ref = function() {
      this.refCount += 1;
    };
    FdSlicer.prototype.unref = function() {
      var self = this;
      self.refCount -= 1;
      if (self.refCount < 0) throw new Error("invalid unref");
      if (self.refCount > 0) return;
      fs15.close(self.fd, onCloseDone);
      function onCloseDone(err) {
        if (err) {
          self.emit("error", err);
        } else {
          self.emit("close");
        }
      }
    };
    util.inherits(ReadStream, Readable3);
    function ReadStream(context, options2) {
      options2 = options2 || {};
      Readable3.call(this, options2);
      this.context = context;
      this.context.ref();
      this.start = options2.start || 0;
      this.endOffset = options2.end;
      this.pos = this.start;
    }
    ReadStream.prototype._read = function(n) {
      var self = this;
      var toRead = Math.min(self._readableState.highWaterMark, n);
      if (self.endOffset != null) {
        toRead = Math.min(toRead, self.endOffset - self.pos);
      }
      if (toRead <= 0) {
        self.push(null);
        this._cleanup();
        return;
      }
      self.context.pend.go(function(cb) {
        var buffer = Buffer.allocUnsafe(toRead);
        fs15.read(self.context.fd, buffer, 0, toRead, self.pos, function(err, bytesRead) {
          if (err) {
            self.destroy(err);
          } else if (bytesRead === 0) {
            self.push(null);
            self._cleanup();
          } else {
            self.pos += bytesRead;
            self.push(buffer.slice(0, bytesRead));
          }
          cb();
        });
      });
    };
    ReadStream.prototype._destroy = function(err, cb) {
      this._cleanup();
      cb(err);
    };
    ReadStream.prototype._cleanup = function() {
      if (this.context != null) {
        this.context.unref();
        this.context = null;
      }
    };
    util.inherits(BufferSlicer, EventEmitter2);
    function BufferSlicer(buffer) {
      EventEmitter2.call(this);
      this.refCount = 0;
      this.buffer = buffer;
    }
    BufferSlicer.prototype.read = function(buffer, offset, length, position, callback) {
      if (!(0 <= offset && offset <= buffer.length)) throw new RangeError("offset outside buffer: 0 <= " + offset + " <= " + buffer.length);
      if (position < 0) throw new RangeError("position is negative: " + position);
      if (offset + length > buffer.length) {
        length = buffer.length - offset;
      }
      if (position + length > this.buffer.length) {
        length = this.buffer.length - position;
      }
      if (length <= 0) {
        setImmediate(function() {
          callback(null, 0);
        });
        return;
      }
      this.buffer.copy(buffer, offset, position, position + length);
      setImmediate(function() {
        callback(null, length);
      });
    };
    BufferSlicer.prototype.createReadStream = function(options2) {
      options2 = options2 || {};
      var readStream = new PassThrough(options2);
      readStream.start = options2.start || 0;
      readStream.endOffset = options2.end;
      readStream.pos = readStream.endOffset || this.buffer.length;
      var entireSlice = this.buffer.slice(readStream.start, readStream.pos);
      var maxChunkSize = 65536;
      var offset = 0;
      while (true) {
        var nextOffset = offset + maxChunkSize;
        if (nextOffset >= entireSlice.length) {
          if (offset < entireSlice.length) {
            readStream.write(entireSlice.slice(offset, entireSlice.length));
          }
          break;
        }
        readStream.write(entireSlice.slice(offset, nextOffset));
        offset = nextOffset;
      }
      readStream.end();
      return readStream;
    };
    BufferSlicer.prototype.ref = function() {
      this.refCount += 1;
    };
    BufferSlicer.prototype.unref = function() {
      this.refCount -= 1;
      if (this.refCount < 0) {
        throw new Error("invalid unref");
      }
    };
  }
});

// node_modules/yauzl/crc32.js
var require_crc32 = __commonJS({
  "node_modules/yauzl/crc32.js"(exports, module) {
    var CRC_TABLE = new Int32Array([
      0,
      1996959894,
      3993919788,
      2567524794,
      124634137,
      1886057615,
      3915621685,
      2657392035,
      249268274,
      2044508324,
      3772115230,
      2547177864,
      162941995,
      2125561021,
      3887607047,
      2428444049,
      498536548,
      1789927666,
      4089016648,
      2227061214,
      450548861,
      1843258603,
      4107580753,
      2211677639,
      325883990,
      1684777152,
      4251122042,
      2321926636,
      335633487,
      1661365465,
      4195302755,
      2366115317,
      997073096,
      1281953886,
      3579855332,
      2724688242,
      1006888145,
      1258607687,
      3524101629,
      2768942443,
      901097722,
      1119000684,
      3686517206,
      2898065728,
      853044451,
      1172266101,
      3705015759,
      2882616665,
      651767980,
      1373503546,
      3369554304,
      3218104598,
      565507253,
      1454621731,
      3485111705,
      3099436303,
      671266974,
      1594198024,
      3322730930,
      2970347812,
      795835527,
      1483230225,
      3244367275,
      3060149565,
      1994146192,
      31158534,
      2563907772,
      4023717930,
      1907459465,
      112637215,
      2680153253,
      3904427059,
      2013776290,
      251722036,
      2517215374,
      3775830040,
      2137656763,
      141376813,
      2439277719,
      3865271297,
      1802195444,
      476864866,
      2238001368,
      4066508878,
      1812370925,
      453092731,
      2181625025,
      4111451223,
      1706088902,
      314042704,
      2344532202,
      4240017532,
      1658658271,
      366619977,
      2362670323,
      4224994405,
      1303535960,
      984961486,
      2747007092,
      3569037538,
      1256170817,
      1037604311,
      2765210733,
      3554079995,
      1131014506,
      879679996,
      2909243462,
      3663771856,
      1141124467,
      855842277,
      2852801631,
      3708648649,
      1342533948,
      654459306,
      3188396048,
      3373015174,
      1466479909,
      544179635,
      3110523913,
      3462522015,
      1591671054,
      702138776,
      2966460450,
      3352799412,
      1504918807,
      783551873,
      3082640443,
      3233442989,
      3988292384,
      2596254646,
      62317068,
      1957810842,
      3939845945,
      2647816111,
      81470997,
      1943803523,
      3814918930,
      2489596804,
      225274430,
      2053790376,
      3826175755,
      2466906013,
      167816743,
      2097651377,
      4027552580,
      2265490386,
      503444072,
      1762050814,
      4150417245,
      2154129355,
      426522225,
      1852507879,
      4275313526,
      2312317920,
      282753626,
      1742555852,
      4189708143,
      2394877945,
      397917763,
      1622183637,
      3604390888,
      2714866558,
      953729732,
      1340076626,
      3518719985,
      2797360999,
      1068828381,
      1219638859,
      3624741850,
      2936675148,
      906185462,
      1090812512,
      3747672003,
      2825379669,
      829329135,
      1181335161,
      3412177804,
      3160834842,
      628085408,
      1382605366,
      3423369109,
      3138078467,
      570562233,
      1426400815,
      3317316542,
      2998733608,
      733239954,
      1555261956,
      3268935591,
      3050360625,
      752459403,
      1541320221,
      2607071920,
      3965973030,
      1969922972,
      40735498,
      2617837225,
      3943577151,
      1913087877,
      83908371,
      2512341634,
      3803740692,
      2075208622,
      213261112,
      2463272603,
      3855990285,
      2094854071,
      198958881,
      2262029012,
      4057260610,
      1759359992,
      534414190,
      2176718541,
      4139329115,
      1873836001,
      414664567,
      2282248934,
      4279200368,
      1711684554,
      285281116,
      2405801727,
      4167216745,
      1634467795,
      376229701,
      2685067896,
      3608007406,
      1308918612,
      956543938,
      2808555105,
      3495958263,
      1231636301,
      1047427035,
      2932959818,
      3654703836,
      1088359270,
      936918e3,
      2847714899,
      3736837829,
      1202900863,
      817233897,
      3183342108,
      3401237130,
      1404277552,
      615818150,
      3134207493,
      3453421203,
      1423857449,
      601450431,
      3009837614,
      3294710456,
      1567103746,
      711928724,
      3020668471,
      3272380065,
      1510334235,
      755167117
    ]);
    function crc32(buf) {
      let crc = -1;
      for (let x of buf) {
        crc = CRC_TABLE[(crc ^ x) & 255] ^ crc >>> 8;
      }
      return (crc ^ -1) >>> 0;
    }
    module.exports = crc32;
  }
});

// node_modules/yauzl/index.js
var require_yauzl = __commonJS({
  "node_modules/yauzl/index.js"(exports) {
    var fs15 = __require("fs");
    var zlib = __require("zlib");
    var fd_slicer = require_fd_slicer();
    var util = __require("util");
    var EventEmitter2 = __require("events").EventEmitter;
    var Transform2 = __require("stream").Transform;
    var PassThrough = __require("stream").PassThrough;
    var Writable3 = __require("stream").Writable;
    var crc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : require_crc32();
    exports.open = open5;
    exports.fromFd = fromFd;
    exports.fromBuffer = fromBuffer;
    exports.fromRandomAccessReader = fromRandomAccessReader;
    exports.openPromise = openPromise;
    exports.fromFdPromise = fromFdPromise;
    exports.fromBufferPromise = fromBufferPromise;
    exports.fromRandomAccessReaderPromise = fromRandomAccessReaderPromise2;
    exports.dosDateTimeToDate = dosDateTimeToDate;
    exports.getFileNameLowLevel = getFileNameLowLevel2;
    exports.validateFileName = validateFileName;
    exports.parseExtraFields = parseExtraFields;
    exports.ZipFile = ZipFile;
    exports.Entry = Entry;
    exports.LocalFileHeader = LocalFileHeader;
    exports.RandomAccessReader = RandomAccessReader2;
    function openPromise(path25, options2) {
      return new Promise((resolve4, reject) => {
        open5(path25, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve4(zipfile);
        });
      });
    }
    function fromFdPromise(fd, options2) {
      return new Promise((resolve4, reject) => {
        fromFd(fd, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve4(zipfile);
        });
      });
    }
    function fromBufferPromise(buffer, options2) {
      return new Promise((resolve4, reject) => {
        fromBuffer(buffer, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve4(zipfile);
        });
      });
    }
    function fromRandomAccessReaderPromise2(reader, totalSize, options2) {
      return new Promise((resolve4, reject) => {
        fromRandomAccessReader(reader, totalSize, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve4(zipfile);
        });
      });
    }
    function open5(path25, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = true;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      fs15.open(path25, "r", function(err, fd) {
        if (err) return callback(err);
        fromFd(fd, options2, function(err2, zipfile) {
          if (err2) fs15.close(fd, defaultCallback);
          callback(err2, zipfile);
        });
      });
    }
    function fromFd(fd, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = false;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      fs15.fstat(fd, function(err, stats) {
        if (err) return callback(err);
        var reader = new fd_slicer.FdSlicer(fd);
        fromRandomAccessReader(reader, stats.size, options2, callback);
      });
    }
    function fromBuffer(buffer, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      options2.autoClose = false;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      var reader = new fd_slicer.BufferSlicer(buffer);
      fromRandomAccessReader(reader, buffer.length, options2, callback);
    }
    function fromRandomAccessReader(reader, totalSize, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = true;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      var decodeStrings = !!options2.decodeStrings;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      if (typeof totalSize !== "number") throw new Error("expected totalSize parameter to be a number");
      if (totalSize > Number.MAX_SAFE_INTEGER) {
        throw new Error("zip file too large. only file sizes up to 2^52 are supported due to JavaScript's Number type being an IEEE 754 double.");
      }
      reader.ref();
      var eocdrWithoutCommentSize = 22;
      var zip64EocdlSize = 20;
      var maxCommentSize = 65535;
      var bufferSize = Math.min(zip64EocdlSize + eocdrWithoutCommentSize + maxCommentSize, totalSize);
      var buffer = newBuffer(bufferSize);
      var bufferReadStart = totalSize - buffer.length;
      readAndAssertNoEof(reader, buffer, 0, bufferSize, bufferReadStart, function(err) {
        if (err) return callback(err);
        for (var i = bufferSize - eocdrWithoutCommentSize; i >= 0; i -= 1) {
          if (buffer.readUInt32LE(i) !== 101010256) continue;
          var eocdrBuffer = buffer.subarray(i);
          var diskNumber = eocdrBuffer.readUInt16LE(4);
          var entryCount = eocdrBuffer.readUInt16LE(10);
          var centralDirectoryOffset = eocdrBuffer.readUInt32LE(16);
          var commentLength = eocdrBuffer.readUInt16LE(20);
          var expectedCommentLength = eocdrBuffer.length - eocdrWithoutCommentSize;
          if (commentLength !== expectedCommentLength) {
            return callback(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK\u263A\u263B` in the comment?"));
          }
          var comment = decodeStrings ? decodeBuffer(eocdrBuffer.subarray(22), false) : eocdrBuffer.subarray(22);
          if (i - zip64EocdlSize >= 0 && buffer.readUInt32LE(i - zip64EocdlSize) === 117853008) {
            var zip64EocdlBuffer = buffer.subarray(i - zip64EocdlSize, i - zip64EocdlSize + zip64EocdlSize);
            var zip64EocdrOffset = readUInt64LE(zip64EocdlBuffer, 8);
            var zip64EocdrBuffer = newBuffer(56);
            return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err2) {
              if (err2) return callback(err2);
              if (zip64EocdrBuffer.readUInt32LE(0) !== 101075792) {
                return callback(new Error("invalid zip64 end of central directory record signature"));
              }
              diskNumber = zip64EocdrBuffer.readUInt32LE(16);
              if (diskNumber !== 0) {
                return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
              }
              entryCount = readUInt64LE(zip64EocdrBuffer, 32);
              centralDirectoryOffset = readUInt64LE(zip64EocdrBuffer, 48);
              return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options2.autoClose, options2.lazyEntries, decodeStrings, options2.validateEntrySizes, options2.strictFileNames));
            });
          }
          if (diskNumber !== 0) {
            return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
          }
          return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options2.autoClose, options2.lazyEntries, decodeStrings, options2.validateEntrySizes, options2.strictFileNames));
        }
        callback(new Error("End of central directory record signature not found. Either not a zip file, or file is truncated."));
      });
    }
    util.inherits(ZipFile, EventEmitter2);
    function ZipFile(reader, centralDirectoryOffset, fileSize2, entryCount, comment, autoClose, lazyEntries, decodeStrings, validateEntrySizes, strictFileNames) {
      var self = this;
      EventEmitter2.call(self);
      self.reader = reader;
      self.reader.on("error", function(err) {
        emitError(self, err);
      });
      self.reader.once("close", function() {
        self.emit("close");
      });
      self.readEntryCursor = centralDirectoryOffset;
      self.fileSize = fileSize2;
      self.entryCount = entryCount;
      self.comment = comment;
      self.entriesRead = 0;
      self.autoClose = !!autoClose;
      self.lazyEntries = !!lazyEntries;
      self.decodeStrings = !!decodeStrings;
      self.validateEntrySizes = !!validateEntrySizes;
      self.strictFileNames = !!strictFileNames;
      self.isOpen = true;
      self.emittedError = false;
      self.hasEachEntryBeenCalled = false;
      if (!self.lazyEntries) self._readEntry();
    }
    ZipFile.prototype.close = function() {
      if (!this.isOpen) return;
      this.isOpen = false;
      this.reader.unref();
    };
    function emitErrorAndAutoClose(self, err) {
      if (self.autoClose) self.close();
      emitError(self, err);
    }
    function emitError(self, err) {
      if (self.emittedError) return;
      self.emittedError = true;
      self.emit("error", err);
    }
    ZipFile.prototype.readEntry = function() {
      if (!this.lazyEntries) throw new Error("readEntry() called without lazyEntries:true");
      this._readEntry();
    };
    ZipFile.prototype._readEntry = function() {
      var self = this;
      if (self.entryCount === self.entriesRead) {
        setImmediate(function() {
          if (self.autoClose) self.close();
          if (self.emittedError) return;
          self.emit("end");
        });
        return;
      }
      if (self.emittedError) return;
      var buffer = newBuffer(46);
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
        if (err) return emitErrorAndAutoClose(self, err);
        if (self.emittedError) return;
        var entry = new Entry();
        var signature = buffer.readUInt32LE(0);
        if (signature !== 33639248) return emitErrorAndAutoClose(self, new Error("invalid central directory file header signature: 0x" + signature.toString(16)));
        entry.versionMadeBy = buffer.readUInt16LE(4);
        entry.versionNeededToExtract = buffer.readUInt16LE(6);
        entry.generalPurposeBitFlag = buffer.readUInt16LE(8);
        entry.compressionMethod = buffer.readUInt16LE(10);
        entry.lastModFileTime = buffer.readUInt16LE(12);
        entry.lastModFileDate = buffer.readUInt16LE(14);
        entry.crc32 = buffer.readUInt32LE(16);
        entry.compressedSize = buffer.readUInt32LE(20);
        entry.uncompressedSize = buffer.readUInt32LE(24);
        entry.fileNameLength = buffer.readUInt16LE(28);
        entry.extraFieldLength = buffer.readUInt16LE(30);
        entry.fileCommentLength = buffer.readUInt16LE(32);
        entry.internalFileAttributes = buffer.readUInt16LE(36);
        entry.externalFileAttributes = buffer.readUInt32LE(38);
        entry.relativeOffsetOfLocalHeader = buffer.readUInt32LE(42);
        if (entry.generalPurposeBitFlag & 64) return emitErrorAndAutoClose(self, new Error("strong encryption is not supported"));
        self.readEntryCursor += 46;
        buffer = newBuffer(entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength);
        readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err2) {
          if (err2) return emitErrorAndAutoClose(self, err2);
          if (self.emittedError) return;
          entry.fileNameRaw = buffer.subarray(0, entry.fileNameLength);
          var fileCommentStart = entry.fileNameLength + entry.extraFieldLength;
          entry.extraFieldRaw = buffer.subarray(entry.fileNameLength, fileCommentStart);
          entry.fileCommentRaw = buffer.subarray(fileCommentStart, fileCommentStart + entry.fileCommentLength);
          try {
            entry.extraFields = parseExtraFields(entry.extraFieldRaw);
          } catch (err3) {
            return emitErrorAndAutoClose(self, err3);
          }
          if (self.decodeStrings) {
            var isUtf82 = (entry.generalPurposeBitFlag & 2048) !== 0;
            entry.fileComment = decodeBuffer(entry.fileCommentRaw, isUtf82);
            entry.fileName = getFileNameLowLevel2(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, self.strictFileNames);
            var errorMessage = validateFileName(entry.fileName);
            if (errorMessage != null) return emitErrorAndAutoClose(self, new Error(errorMessage));
          } else {
            entry.fileComment = entry.fileCommentRaw;
            entry.fileName = entry.fileNameRaw;
          }
          entry.comment = entry.fileComment;
          self.readEntryCursor += buffer.length;
          self.entriesRead += 1;
          for (var i = 0; i < entry.extraFields.length; i++) {
            var extraField = entry.extraFields[i];
            if (extraField.id !== 1) continue;
            var zip64EiefBuffer = extraField.data;
            var index = 0;
            if (entry.uncompressedSize === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include uncompressed size"));
              }
              entry.uncompressedSize = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            if (entry.compressedSize === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include compressed size"));
              }
              entry.compressedSize = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            if (entry.relativeOffsetOfLocalHeader === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include relative header offset"));
              }
              entry.relativeOffsetOfLocalHeader = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            break;
          }
          if (self.validateEntrySizes && entry.compressionMethod === 0) {
            var expectedCompressedSize = entry.uncompressedSize;
            if (entry.isEncrypted()) {
              expectedCompressedSize += 12;
            }
            if (entry.compressedSize !== expectedCompressedSize) {
              var msg = "compressed/uncompressed size mismatch for stored file: " + entry.compressedSize + " != " + entry.uncompressedSize;
              return emitErrorAndAutoClose(self, new Error(msg));
            }
          }
          self.emit("entry", entry);
          if (!self.lazyEntries) self._readEntry();
        });
      });
    };
    ZipFile.prototype.eachEntry = function() {
      const self = this;
      if (!self.lazyEntries) throw new Error("eachEntry() requires lazyEntries: true");
      if (self.hasEachEntryBeenCalled) throw new Error("eachEntry() must only be called once per ZipFile");
      self.hasEachEntryBeenCalled = true;
      let pendingResolveReject = null;
      self.on("entry", onEntry);
      self.on("end", onEnd);
      self.on("error", onError);
      function cleanup() {
        self.removeListener("entry", onEntry);
        self.removeListener("end", onEnd);
        self.removeListener("error", onError);
        if (self.autoClose) self.close();
      }
      function onEntry(entry) {
        let { resolve: resolve4 } = pendingResolveReject;
        pendingResolveReject = null;
        resolve4({ value: entry });
      }
      function onEnd() {
        let { resolve: resolve4 } = pendingResolveReject;
        pendingResolveReject = null;
        cleanup();
        resolve4({ done: true });
      }
      function onError(err) {
        let { reject } = pendingResolveReject;
        pendingResolveReject = null;
        cleanup();
        reject(err);
      }
      return {
        [Symbol.asyncIterator]() {
          return this;
        },
        next() {
          const promise = new Promise((resolve4, reject) => {
            if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
            pendingResolveReject = { resolve: resolve4, reject };
          });
          self.readEntry();
          return promise;
        },
        return(value) {
          cleanup();
          return Promise.resolve({ done: true, value });
        },
        throw(value) {
          cleanup();
          return Promise.reject(value);
        }
      };
    };
    ZipFile.prototype.openReadStream = function(entry, options2, callback) {
      var self = this;
      var relativeStart = 0;
      var relativeEnd = entry.compressedSize;
      if (callback == null) {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) {
        options2 = {};
      } else {
        if (options2.decodeFileData === false) {
          if (options2.decrypt != null) {
            throw new Error("cannot use options.decrypt when options.decodeFileData === false");
          }
          if (options2.decompress != null) {
            throw new Error("cannot use options.decompress when options.decodeFileData === false");
          }
        } else {
          if (options2.decrypt != null) {
            if (!entry.isEncrypted()) {
              throw new Error("options.decrypt can only be specified for encrypted entries. See also option decodeFileData.");
            }
            if (options2.decrypt !== false) throw new Error("invalid options.decrypt value: " + options2.decrypt);
            if (entry.isCompressed()) {
              if (options2.decompress !== false) throw new Error("entry is encrypted and compressed, and options.decompress !== false. See also option decodeFileData.");
            }
          }
          if (options2.decompress != null) {
            if (!entry.isCompressed()) {
              throw new Error("options.decompress can only be specified for compressed entries. See also option decodeFileData.");
            }
            if (!(options2.decompress === false || options2.decompress === true)) {
              throw new Error("invalid options.decompress value: " + options2.decompress);
            }
            decompress = options2.decompress;
          }
        }
        if (options2.start != null) {
          relativeStart = options2.start;
          if (relativeStart < 0) throw new Error("options.start < 0");
          if (relativeStart > entry.compressedSize) throw new Error("options.start > entry.compressedSize");
        }
        if (options2.end != null) {
          relativeEnd = options2.end;
          if (relativeEnd < 0) throw new Error("options.end < 0");
          if (relativeEnd > entry.compressedSize) throw new Error("options.end > entry.compressedSize");
          if (relativeEnd < relativeStart) throw new Error("options.end < options.start");
        }
      }
      var rawMode = options2.decodeFileData === false || // Explicitly requested raw.
      (entry.compressionMethod === 0 || // Naturally without compression.
      entry.compressionMethod === 8 && options2.decompress === false) && (!entry.isEncrypted() || // Naturally without encryption.
      options2.decrypt === false);
      if (options2.start != null || options2.end != null) {
        if (!rawMode) throw new Error("start/end range require options.decodeFileData === false for non-trivial encoded entries.");
      }
      if (!self.isOpen) return callback(new Error("closed"));
      if (entry.isEncrypted() && !rawMode) {
        if (options2.decrypt !== false) return callback(new Error("entry is encrypted, and options.decodeFileData !== false"));
      }
      var decompress;
      if (rawMode) {
        decompress = false;
      } else if (entry.compressionMethod === 8) {
        decompress = options2.decodeFileData !== true;
      } else {
        return callback(new Error("unsupported compression method: " + entry.compressionMethod));
      }
      self.readLocalFileHeader(entry, { minimal: true }, function(err, localFileHeader) {
        if (err) return callback(err);
        self.openReadStreamLowLevel(
          localFileHeader.fileDataStart,
          entry.compressedSize,
          relativeStart,
          relativeEnd,
          decompress,
          entry.uncompressedSize,
          callback
        );
      });
    };
    ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, callback) {
      var self = this;
      var fileDataEnd = fileDataStart + compressedSize;
      var readStream = self.reader.createReadStream({
        start: fileDataStart + relativeStart,
        end: fileDataStart + relativeEnd
      });
      var endpointStream = readStream;
      if (decompress) {
        var destroyed = false;
        var inflateFilter = zlib.createInflateRaw();
        readStream.on("error", function(err) {
          setImmediate(function() {
            if (!destroyed) inflateFilter.emit("error", err);
          });
        });
        readStream.pipe(inflateFilter);
        if (self.validateEntrySizes) {
          endpointStream = new AssertByteCountStream(uncompressedSize);
          inflateFilter.on("error", function(err) {
            setImmediate(function() {
              if (!destroyed) endpointStream.emit("error", err);
            });
          });
          inflateFilter.pipe(endpointStream);
        } else {
          endpointStream = inflateFilter;
        }
        installDestroyFn(endpointStream, function() {
          destroyed = true;
          if (inflateFilter !== endpointStream) inflateFilter.unpipe(endpointStream);
          readStream.unpipe(inflateFilter);
          readStream.destroy();
        });
      }
      callback(null, endpointStream);
    };
    ZipFile.prototype.readLocalFileHeader = function(entry, options2, callback) {
      var self = this;
      if (callback == null) {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      self.reader.ref();
      var buffer = newBuffer(30);
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader, function(err) {
        try {
          if (err) return callback(err);
          var signature = buffer.readUInt32LE(0);
          if (signature !== 67324752) {
            return callback(new Error("invalid local file header signature: 0x" + signature.toString(16)));
          }
          var fileNameLength = buffer.readUInt16LE(26);
          var extraFieldLength = buffer.readUInt16LE(28);
          var fileDataStart = entry.relativeOffsetOfLocalHeader + 30 + fileNameLength + extraFieldLength;
          if (fileDataStart + entry.compressedSize > self.fileSize) {
            return callback(new Error("file data overflows file bounds: " + fileDataStart + " + " + entry.compressedSize + " > " + self.fileSize));
          }
          if (options2.minimal) {
            return callback(null, { fileDataStart });
          }
          var localFileHeader = new LocalFileHeader();
          localFileHeader.fileDataStart = fileDataStart;
          localFileHeader.versionNeededToExtract = buffer.readUInt16LE(4);
          localFileHeader.generalPurposeBitFlag = buffer.readUInt16LE(6);
          localFileHeader.compressionMethod = buffer.readUInt16LE(8);
          localFileHeader.lastModFileTime = buffer.readUInt16LE(10);
          localFileHeader.lastModFileDate = buffer.readUInt16LE(12);
          localFileHeader.crc32 = buffer.readUInt32LE(14);
          localFileHeader.compressedSize = buffer.readUInt32LE(18);
          localFileHeader.uncompressedSize = buffer.readUInt32LE(22);
          localFileHeader.fileNameLength = fileNameLength;
          localFileHeader.extraFieldLength = extraFieldLength;
          buffer = newBuffer(fileNameLength + extraFieldLength);
          self.reader.ref();
          readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader + 30, function(err2) {
            try {
              if (err2) return callback(err2);
              localFileHeader.fileName = buffer.subarray(0, fileNameLength);
              localFileHeader.extraField = buffer.subarray(fileNameLength);
              return callback(null, localFileHeader);
            } finally {
              self.reader.unref();
            }
          });
        } finally {
          self.reader.unref();
        }
      });
    };
    ZipFile.prototype.openReadStreamPromise = function(entry, options2) {
      return new Promise((resolve4, reject) => {
        this.openReadStream(entry, options2, function(err, readStream) {
          if (err) return reject(err);
          resolve4(readStream);
        });
      });
    };
    ZipFile.prototype.openReadStreamLowLevelPromise = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize) {
      return new Promise((resolve4, reject) => {
        this.openReadStream(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, function(err, readStream) {
          if (err) return reject(err);
          resolve4(readStream);
        });
      });
    };
    ZipFile.prototype.readLocalFileHeaderPromise = function(entry, options2) {
      return new Promise((resolve4, reject) => {
        this.readLocalFileHeader(entry, options2, function(err, localFileHeader) {
          if (err) return reject(err);
          resolve4(localFileHeader);
        });
      });
    };
    function Entry() {
    }
    Entry.prototype.getLastModDate = function(options2) {
      if (options2 == null) options2 = {};
      if (!options2.forceDosFormat) {
        for (var i = 0; i < this.extraFields.length; i++) {
          var extraField = this.extraFields[i];
          if (extraField.id === 21589) {
            var data = extraField.data;
            if (data.length < 5) continue;
            var flags = data[0];
            var HAS_MTIME = 1;
            if (!(flags & HAS_MTIME)) continue;
            var posixTimestamp = data.readInt32LE(1);
            return new Date(posixTimestamp * 1e3);
          } else if (extraField.id === 10) {
            var data = extraField.data;
            if (data.length !== 32) continue;
            if (data.readUInt16LE(4) !== 1) continue;
            if (data.readUInt16LE(6) !== 24) continue;
            var hundredNanoSecondsSince1601 = data.readUInt32LE(8) + 4294967296 * data.readInt32LE(12);
            var millisecondsSince1970 = hundredNanoSecondsSince1601 / 1e4 - 116444736e5;
            return new Date(millisecondsSince1970);
          }
        }
      }
      return dosDateTimeToDate(this.lastModFileDate, this.lastModFileTime, options2.timezone);
    };
    Entry.prototype.canDecodeFileData = function() {
      return !this.isEncrypted() && (this.compressionMethod === 0 || this.compressionMethod === 8);
    };
    Entry.prototype.isEncrypted = function() {
      return (this.generalPurposeBitFlag & 1) !== 0;
    };
    Entry.prototype.isCompressed = function() {
      return this.compressionMethod === 8;
    };
    function LocalFileHeader() {
    }
    function dosDateTimeToDate(date, time, timezone) {
      var day = date & 31;
      var month = (date >> 5 & 15) - 1;
      var year = (date >> 9 & 127) + 1980;
      var millisecond = 0;
      var second = (time & 31) * 2;
      var minute = time >> 5 & 63;
      var hour = time >> 11 & 31;
      if (timezone == null || timezone === "local") {
        return new Date(year, month, day, hour, minute, second, millisecond);
      } else if (timezone === "UTC") {
        return new Date(Date.UTC(year, month, day, hour, minute, second, millisecond));
      } else {
        throw new Error("unrecognized options.timezone: " + options.timezone);
      }
    }
    function getFileNameLowLevel2(generalPurposeBitFlag, fileNameBuffer, extraFields, strictFileNames) {
      var fileName = null;
      for (var i = 0; i < extraFields.length; i++) {
        var extraField = extraFields[i];
        if (extraField.id === 28789) {
          if (extraField.data.length < 6) {
            continue;
          }
          if (extraField.data.readUInt8(0) !== 1) {
            continue;
          }
          var oldNameCrc32 = extraField.data.readUInt32LE(1);
          if (crc32(fileNameBuffer) !== oldNameCrc32) {
            continue;
          }
          fileName = decodeBuffer(extraField.data.subarray(5), true);
          break;
        }
      }
      if (fileName == null) {
        var isUtf82 = (generalPurposeBitFlag & 2048) !== 0;
        fileName = decodeBuffer(fileNameBuffer, isUtf82);
      }
      if (!strictFileNames) {
        fileName = fileName.replace(/\\/g, "/");
      }
      return fileName;
    }
    function validateFileName(fileName) {
      if (fileName.indexOf("\\") !== -1) {
        return "invalid characters in fileName: " + fileName;
      }
      if (/^[a-zA-Z]:/.test(fileName) || /^\//.test(fileName)) {
        return "absolute path: " + fileName;
      }
      if (fileName.split("/").indexOf("..") !== -1) {
        return "invalid relative path: " + fileName;
      }
      return null;
    }
    function parseExtraFields(extraFieldBuffer) {
      var extraFields = [];
      var i = 0;
      while (i < extraFieldBuffer.length - 3) {
        var headerId = extraFieldBuffer.readUInt16LE(i + 0);
        var dataSize = extraFieldBuffer.readUInt16LE(i + 2);
        var dataStart = i + 4;
        var dataEnd = dataStart + dataSize;
        if (dataEnd > extraFieldBuffer.length) throw new Error("extra field length exceeds extra field buffer size");
        var dataBuffer = extraFieldBuffer.subarray(dataStart, dataEnd);
        extraFields.push({
          id: headerId,
          data: dataBuffer
        });
        i = dataEnd;
      }
      return extraFields;
    }
    function readAndAssertNoEof(reader, buffer, offset, length, position, callback) {
      if (length === 0) {
        return setImmediate(function() {
          callback(null, newBuffer(0));
        });
      }
      reader.read(buffer, offset, length, position, function(err, bytesRead) {
        if (err) return callback(err);
        if (bytesRead < length) {
          return callback(new Error("unexpected EOF"));
        }
        callback();
      });
    }
    util.inherits(AssertByteCountStream, Transform2);
    function AssertByteCountStream(byteCount) {
      Transform2.call(this);
      this.actualByteCount = 0;
      this.expectedByteCount = byteCount;
    }
    AssertByteCountStream.prototype._transform = function(chunk, encoding, cb) {
      this.actualByteCount += chunk.length;
      if (this.actualByteCount > this.expectedByteCount) {
        var msg = "too many bytes in the stream. expected " + this.expectedByteCount + ". got at least " + this.actualByteCount;
        return cb(new Error(msg));
      }
      cb(null, chunk);
    };
    AssertByteCountStream.prototype._flush = function(cb) {
      if (this.actualByteCount < this.expectedByteCount) {
        var msg = "not enough bytes in the stream. expected " + this.expectedByteCount + ". got only " + this.actualByteCount;
        return cb(new Error(msg));
      }
      cb();
    };
    util.inherits(RandomAccessReader2, EventEmitter2);
    function RandomAccessReader2() {
      EventEmitter2.call(this);
      this.refCount = 0;
    }
    RandomAccessReader2.prototype.ref = function() {
      this.refCount += 1;
    };
    RandomAccessReader2.prototype.unref = function() {
      var self = this;
      self.refCount -= 1;
      if (self.refCount > 0) return;
      if (self.refCount < 0) throw new Error("invalid unref");
      self.close(onCloseDone);
      function onCloseDone(err) {
        if (err) return self.emit("error", err);
        self.emit("close");
      }
    };
    RandomAccessReader2.prototype.createReadStream = function(options2) {
      if (options2 == null) options2 = {};
      var start = options2.start;
      var end = options2.end;
      if (start === end) {
        var emptyStream = new PassThrough();
        setImmediate(function() {
          emptyStream.end();
        });
        return emptyStream;
      }
      var stream = this._readStreamForRange(start, end);
      var destroyed = false;
      var refUnrefFilter = new RefUnrefFilter(this);
      stream.on("error", function(err) {
        setImmediate(function() {
          if (!destroyed) refUnrefFilter.emit("error", err);
        });
      });
      installDestroyFn(refUnrefFilter, function() {
        stream.unpipe(refUnrefFilter);
        refUnrefFilter.unref();
        stream.destroy();
      });
      var byteCounter = new AssertByteCountStream(end - start);
      refUnrefFilter.on("error", function(err) {
        setImmediate(function() {
          if (!destroyed) byteCounter.emit("error", err);
        });
      });
      installDestroyFn(byteCounter, function() {
        destroyed = true;
        refUnrefFilter.unpipe(byteCounter);
        refUnrefFilter.destroy();
      });
      return stream.pipe(refUnrefFilter).pipe(byteCounter);
    };
    RandomAccessReader2.prototype._readStreamForRange = function(start, end) {
      throw new Error("not implemented");
    };
    RandomAccessReader2.prototype.read = function(buffer, offset, length, position, callback) {
      var readStream = this.createReadStream({ start: position, end: position + length });
      var writeStream = new Writable3();
      var written = 0;
      writeStream._write = function(chunk, encoding, cb) {
        chunk.copy(buffer, offset + written, 0, chunk.length);
        written += chunk.length;
        cb();
      };
      writeStream.on("finish", callback);
      readStream.on("error", function(error2) {
        callback(error2);
      });
      readStream.pipe(writeStream);
    };
    RandomAccessReader2.prototype.close = function(callback) {
      setImmediate(callback);
    };
    util.inherits(RefUnrefFilter, PassThrough);
    function RefUnrefFilter(context) {
      PassThrough.call(this);
      this.context = context;
      this.context.ref();
      this.unreffedYet = false;
    }
    RefUnrefFilter.prototype._flush = function(cb) {
      this.unref();
      cb();
    };
    RefUnrefFilter.prototype.unref = function(cb) {
      if (this.unreffedYet) return;
      this.unreffedYet = true;
      this.context.unref();
    };
    var cp437 = "\0\u263A\u263B\u2665\u2666\u2663\u2660\u2022\u25D8\u25CB\u25D9\u2642\u2640\u266A\u266B\u263C\u25BA\u25C4\u2195\u203C\xB6\xA7\u25AC\u21A8\u2191\u2193\u2192\u2190\u221F\u2194\u25B2\u25BC !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u2302\xC7\xFC\xE9\xE2\xE4\xE0\xE5\xE7\xEA\xEB\xE8\xEF\xEE\xEC\xC4\xC5\xC9\xE6\xC6\xF4\xF6\xF2\xFB\xF9\xFF\xD6\xDC\xA2\xA3\xA5\u20A7\u0192\xE1\xED\xF3\xFA\xF1\xD1\xAA\xBA\xBF\u2310\xAC\xBD\xBC\xA1\xAB\xBB\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580\u03B1\xDF\u0393\u03C0\u03A3\u03C3\xB5\u03C4\u03A6\u0398\u03A9\u03B4\u221E\u03C6\u03B5\u2229\u2261\xB1\u2265\u2264\u2320\u2321\xF7\u2248\xB0\u2219\xB7\u221A\u207F\xB2\u25A0\xA0";
    function decodeBuffer(buffer, isUtf82) {
      if (isUtf82) {
        return buffer.toString("utf8");
      } else {
        var result = "";
        for (var i = 0; i < buffer.length; i++) {
          result += cp437[buffer[i]];
        }
        return result;
      }
    }
    function readUInt64LE(buffer, offset) {
      var lower32 = buffer.readUInt32LE(offset);
      var upper32 = buffer.readUInt32LE(offset + 4);
      return upper32 * 4294967296 + lower32;
    }
    var newBuffer;
    if (typeof Buffer.allocUnsafe === "function") {
      newBuffer = function(len) {
        return Buffer.allocUnsafe(len);
      };
    } else {
      newBuffer = function(len) {
        return new Buffer(len);
      };
    }
    function installDestroyFn(stream, fn) {
      if (typeof stream.destroy === "function") {
        stream._destroy = function(err, cb) {
          fn();
          if (cb != null) cb(err);
        };
      } else {
        stream.destroy = fn;
      }
    }
    function defaultCallback(err) {
      if (err) throw err;
    }
  }
});

// src/wasm-tiering.ts
import v8 from "node:v8";
v8.setFlagsFromString("--wasm-tiering-budget=50000000");

// src/main.ts
import fs14 from "node:fs/promises";
import os7 from "node:os";
import path24 from "node:path";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input2) {
  if (input2 === null || input2 === void 0) {
    return "";
  } else if (typeof input2 === "string" || input2 instanceof String) {
    return input2;
  }
  return JSON.stringify(input2);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first2 = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first2) {
              first2 = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter2 = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter2)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter2}"`);
  }
  if (convertedValue.includes(delimiter2)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter2}"`);
  }
  return `${key}<<${delimiter2}${os2.EOL}${convertedValue}${os2.EOL}${delimiter2}`;
}

// node_modules/@actions/core/lib/core.js
import * as os5 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel2(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve4) {
      resolve4(value);
    });
  }
  return new (P || (P = Promise))(function(resolve4, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve4(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a2) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options2) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options2 === null || options2 === void 0 ? void 0 : options2.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header: header3, data, colspan, rowspan } = cell;
        const tag = header3 ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options2) {
    const { width, height } = options2 || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os4 from "os";

// node_modules/@actions/exec/lib/exec.js
import { StringDecoder } from "string_decoder";

// node_modules/@actions/exec/lib/toolrunner.js
import * as os3 from "os";
import * as events from "events";
import * as child from "child_process";
import * as path3 from "path";

// node_modules/@actions/io/lib/io.js
import * as path2 from "path";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
import * as path from "path";
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve4) {
      resolve4(value);
    });
  }
  return new (P || (P = Promise))(function(resolve4, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve4(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;
function exists(fsPath) {
  return __awaiter2(this, void 0, void 0, function* () {
    try {
      yield stat(fsPath);
    } catch (err) {
      if (err.code === "ENOENT") {
        return false;
      }
      throw err;
    }
    return true;
  });
}
function isRooted(p) {
  p = normalizeSeparators(p);
  if (!p) {
    throw new Error('isRooted() parameter "p" cannot be empty');
  }
  if (IS_WINDOWS) {
    return p.startsWith("\\") || /^[A-Z]:/i.test(p);
  }
  return p.startsWith("/");
}
function tryGetExecutablePath(filePath, extensions) {
  return __awaiter2(this, void 0, void 0, function* () {
    let stats = void 0;
    try {
      stats = yield stat(filePath);
    } catch (err) {
      if (err.code !== "ENOENT") {
        console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
      }
    }
    if (stats && stats.isFile()) {
      if (IS_WINDOWS) {
        const upperExt = path.extname(filePath).toUpperCase();
        if (extensions.some((validExt) => validExt.toUpperCase() === upperExt)) {
          return filePath;
        }
      } else {
        if (isUnixExecutable(stats)) {
          return filePath;
        }
      }
    }
    const originalFilePath = filePath;
    for (const extension of extensions) {
      filePath = originalFilePath + extension;
      stats = void 0;
      try {
        stats = yield stat(filePath);
      } catch (err) {
        if (err.code !== "ENOENT") {
          console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
        }
      }
      if (stats && stats.isFile()) {
        if (IS_WINDOWS) {
          try {
            const directory = path.dirname(filePath);
            const upperName = path.basename(filePath).toUpperCase();
            for (const actualName of yield readdir(directory)) {
              if (upperName === actualName.toUpperCase()) {
                filePath = path.join(directory, actualName);
                break;
              }
            }
          } catch (err) {
            console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
          }
          return filePath;
        } else {
          if (isUnixExecutable(stats)) {
            return filePath;
          }
        }
      }
    }
    return "";
  });
}
function normalizeSeparators(p) {
  p = p || "";
  if (IS_WINDOWS) {
    p = p.replace(/\//g, "\\");
    return p.replace(/\\\\+/g, "\\");
  }
  return p.replace(/\/\/+/g, "/");
}
function isUnixExecutable(stats) {
  return (stats.mode & 1) > 0 || (stats.mode & 8) > 0 && process.getgid !== void 0 && stats.gid === process.getgid() || (stats.mode & 64) > 0 && process.getuid !== void 0 && stats.uid === process.getuid();
}

// node_modules/@actions/io/lib/io.js
var __awaiter3 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve4) {
      resolve4(value);
    });
  }
  return new (P || (P = Promise))(function(resolve4, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve4(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function which(tool, check) {
  return __awaiter3(this, void 0, void 0, function* () {
    if (!tool) {
      throw new Error("parameter 'tool' is required");
    }
    if (check) {
      const result = yield which(tool, false);
      if (!result) {
        if (IS_WINDOWS) {
          throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
        } else {
          throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
        }
      }
      return result;
    }
    const matches2 = yield findInPath(tool);
    if (matches2 && matches2.length > 0) {
      return matches2[0];
    }
    return "";
  });
}
function findInPath(tool) {
  return __awaiter3(this, void 0, void 0, function* () {
    if (!tool) {
      throw new Error("parameter 'tool' is required");
    }
    const extensions = [];
    if (IS_WINDOWS && process.env["PATHEXT"]) {
      for (const extension of process.env["PATHEXT"].split(path2.delimiter)) {
        if (extension) {
          extensions.push(extension);
        }
      }
    }
    if (isRooted(tool)) {
      const filePath = yield tryGetExecutablePath(tool, extensions);
      if (filePath) {
        return [filePath];
      }
      return [];
    }
    if (tool.includes(path2.sep)) {
      return [];
    }
    const directories = [];
    if (process.env.PATH) {
      for (const p of process.env.PATH.split(path2.delimiter)) {
        if (p) {
          directories.push(p);
        }
      }
    }
    const matches2 = [];
    for (const directory of directories) {
      const filePath = yield tryGetExecutablePath(path2.join(directory, tool), extensions);
      if (filePath) {
        matches2.push(filePath);
      }
    }
    return matches2;
  });
}

// node_modules/@actions/exec/lib/toolrunner.js
import { setTimeout as setTimeout2 } from "timers";
var __awaiter4 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve4) {
      resolve4(value);
    });
  }
  return new (P || (P = Promise))(function(resolve4, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve4(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var IS_WINDOWS2 = process.platform === "win32";
var ToolRunner = class extends events.EventEmitter {
  constructor(toolPath, args, options2) {
    super();
    if (!toolPath) {
      throw new Error("Parameter 'toolPath' cannot be null or empty.");
    }
    this.toolPath = toolPath;
    this.args = args || [];
    this.options = options2 || {};
  }
  _debug(message) {
    if (this.options.listeners && this.options.listeners.debug) {
      this.options.listeners.debug(message);
    }
  }
  _getCommandString(options2, noPrefix) {
    const toolPath = this._getSpawnFileName();
    const args = this._getSpawnArgs(options2);
    let cmd = noPrefix ? "" : "[command]";
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        cmd += toolPath;
        for (const a of args) {
          cmd += ` ${a}`;
        }
      } else if (options2.windowsVerbatimArguments) {
        cmd += `"${toolPath}"`;
        for (const a of args) {
          cmd += ` ${a}`;
        }
      } else {
        cmd += this._windowsQuoteCmdArg(toolPath);
        for (const a of args) {
          cmd += ` ${this._windowsQuoteCmdArg(a)}`;
        }
      }
    } else {
      cmd += toolPath;
      for (const a of args) {
        cmd += ` ${a}`;
      }
    }
    return cmd;
  }
  _processLineBuffer(data, strBuffer, onLine) {
    try {
      let s = strBuffer + data.toString();
      let n = s.indexOf(os3.EOL);
      while (n > -1) {
        const line = s.substring(0, n);
        onLine(line);
        s = s.substring(n + os3.EOL.length);
        n = s.indexOf(os3.EOL);
      }
      return s;
    } catch (err) {
      this._debug(`error processing line. Failed with error ${err}`);
      return "";
    }
  }
  _getSpawnFileName() {
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        return process.env["COMSPEC"] || "cmd.exe";
      }
    }
    return this.toolPath;
  }
  _getSpawnArgs(options2) {
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
        for (const a of this.args) {
          argline += " ";
          argline += options2.windowsVerbatimArguments ? a : this._windowsQuoteCmdArg(a);
        }
        argline += '"';
        return [argline];
      }
    }
    return this.args;
  }
  _endsWith(str, end) {
    return str.endsWith(end);
  }
  _isCmdFile() {
    const upperToolPath = this.toolPath.toUpperCase();
    return this._endsWith(upperToolPath, ".CMD") || this._endsWith(upperToolPath, ".BAT");
  }
  _windowsQuoteCmdArg(arg) {
    if (!this._isCmdFile()) {
      return this._uvQuoteCmdArg(arg);
    }
    if (!arg) {
      return '""';
    }
    const cmdSpecialChars = [
      " ",
      "	",
      "&",
      "(",
      ")",
      "[",
      "]",
      "{",
      "}",
      "^",
      "=",
      ";",
      "!",
      "'",
      "+",
      ",",
      "`",
      "~",
      "|",
      "<",
      ">",
      '"'
    ];
    let needsQuotes = false;
    for (const char of arg) {
      if (cmdSpecialChars.some((x) => x === char)) {
        needsQuotes = true;
        break;
      }
    }
    if (!needsQuotes) {
      return arg;
    }
    let reverse = '"';
    let quoteHit = true;
    for (let i = arg.length; i > 0; i--) {
      reverse += arg[i - 1];
      if (quoteHit && arg[i - 1] === "\\") {
        reverse += "\\";
      } else if (arg[i - 1] === '"') {
        quoteHit = true;
        reverse += '"';
      } else {
        quoteHit = false;
      }
    }
    reverse += '"';
    return reverse.split("").reverse().join("");
  }
  _uvQuoteCmdArg(arg) {
    if (!arg) {
      return '""';
    }
    if (!arg.includes(" ") && !arg.includes("	") && !arg.includes('"')) {
      return arg;
    }
    if (!arg.includes('"') && !arg.includes("\\")) {
      return `"${arg}"`;
    }
    let reverse = '"';
    let quoteHit = true;
    for (let i = arg.length; i > 0; i--) {
      reverse += arg[i - 1];
      if (quoteHit && arg[i - 1] === "\\") {
        reverse += "\\";
      } else if (arg[i - 1] === '"') {
        quoteHit = true;
        reverse += "\\";
      } else {
        quoteHit = false;
      }
    }
    reverse += '"';
    return reverse.split("").reverse().join("");
  }
  _cloneExecOptions(options2) {
    options2 = options2 || {};
    const result = {
      cwd: options2.cwd || process.cwd(),
      env: options2.env || process.env,
      silent: options2.silent || false,
      windowsVerbatimArguments: options2.windowsVerbatimArguments || false,
      failOnStdErr: options2.failOnStdErr || false,
      ignoreReturnCode: options2.ignoreReturnCode || false,
      delay: options2.delay || 1e4
    };
    result.outStream = options2.outStream || process.stdout;
    result.errStream = options2.errStream || process.stderr;
    return result;
  }
  _getSpawnOptions(options2, toolPath) {
    options2 = options2 || {};
    const result = {};
    result.cwd = options2.cwd;
    result.env = options2.env;
    result["windowsVerbatimArguments"] = options2.windowsVerbatimArguments || this._isCmdFile();
    if (options2.windowsVerbatimArguments) {
      result.argv0 = `"${toolPath}"`;
    }
    return result;
  }
  /**
   * Exec a tool.
   * Output will be streamed to the live console.
   * Returns promise with return code
   *
   * @param     tool     path to tool to exec
   * @param     options  optional exec options.  See ExecOptions
   * @returns   number
   */
  exec() {
    return __awaiter4(this, void 0, void 0, function* () {
      if (!isRooted(this.toolPath) && (this.toolPath.includes("/") || IS_WINDOWS2 && this.toolPath.includes("\\"))) {
        this.toolPath = path3.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
      }
      this.toolPath = yield which(this.toolPath, true);
      return new Promise((resolve4, reject) => __awaiter4(this, void 0, void 0, function* () {
        this._debug(`exec tool: ${this.toolPath}`);
        this._debug("arguments:");
        for (const arg of this.args) {
          this._debug(`   ${arg}`);
        }
        const optionsNonNull = this._cloneExecOptions(this.options);
        if (!optionsNonNull.silent && optionsNonNull.outStream) {
          optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + os3.EOL);
        }
        const state = new ExecState(optionsNonNull, this.toolPath);
        state.on("debug", (message) => {
          this._debug(message);
        });
        if (this.options.cwd && !(yield exists(this.options.cwd))) {
          return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
        }
        const fileName = this._getSpawnFileName();
        const cp = child.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
        let stdbuffer = "";
        if (cp.stdout) {
          cp.stdout.on("data", (data) => {
            if (this.options.listeners && this.options.listeners.stdout) {
              this.options.listeners.stdout(data);
            }
            if (!optionsNonNull.silent && optionsNonNull.outStream) {
              optionsNonNull.outStream.write(data);
            }
            stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
              if (this.options.listeners && this.options.listeners.stdline) {
                this.options.listeners.stdline(line);
              }
            });
          });
        }
        let errbuffer = "";
        if (cp.stderr) {
          cp.stderr.on("data", (data) => {
            state.processStderr = true;
            if (this.options.listeners && this.options.listeners.stderr) {
              this.options.listeners.stderr(data);
            }
            if (!optionsNonNull.silent && optionsNonNull.errStream && optionsNonNull.outStream) {
              const s = optionsNonNull.failOnStdErr ? optionsNonNull.errStream : optionsNonNull.outStream;
              s.write(data);
            }
            errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
              if (this.options.listeners && this.options.listeners.errline) {
                this.options.listeners.errline(line);
              }
            });
          });
        }
        cp.on("error", (err) => {
          state.processError = err.message;
          state.processExited = true;
          state.processClosed = true;
          state.CheckComplete();
        });
        cp.on("exit", (code) => {
          state.processExitCode = code;
          state.processExited = true;
          this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
          state.CheckComplete();
        });
        cp.on("close", (code) => {
          state.processExitCode = code;
          state.processExited = true;
          state.processClosed = true;
          this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
          state.CheckComplete();
        });
        state.on("done", (error2, exitCode) => {
          if (stdbuffer.length > 0) {
            this.emit("stdline", stdbuffer);
          }
          if (errbuffer.length > 0) {
            this.emit("errline", errbuffer);
          }
          cp.removeAllListeners();
          if (error2) {
            reject(error2);
          } else {
            resolve4(exitCode);
          }
        });
        if (this.options.input) {
          if (!cp.stdin) {
            throw new Error("child process missing stdin");
          }
          cp.stdin.end(this.options.input);
        }
      }));
    });
  }
};
function argStringToArray(argString) {
  const args = [];
  let inQuotes = false;
  let escaped = false;
  let arg = "";
  function append(c) {
    if (escaped && c !== '"') {
      arg += "\\";
    }
    arg += c;
    escaped = false;
  }
  for (let i = 0; i < argString.length; i++) {
    const c = argString.charAt(i);
    if (c === '"') {
      if (!escaped) {
        inQuotes = !inQuotes;
      } else {
        append(c);
      }
      continue;
    }
    if (c === "\\" && escaped) {
      append(c);
      continue;
    }
    if (c === "\\" && inQuotes) {
      escaped = true;
      continue;
    }
    if (c === " " && !inQuotes) {
      if (arg.length > 0) {
        args.push(arg);
        arg = "";
      }
      continue;
    }
    append(c);
  }
  if (arg.length > 0) {
    args.push(arg.trim());
  }
  return args;
}
var ExecState = class _ExecState extends events.EventEmitter {
  constructor(options2, toolPath) {
    super();
    this.processClosed = false;
    this.processError = "";
    this.processExitCode = 0;
    this.processExited = false;
    this.processStderr = false;
    this.delay = 1e4;
    this.done = false;
    this.timeout = null;
    if (!toolPath) {
      throw new Error("toolPath must not be empty");
    }
    this.options = options2;
    this.toolPath = toolPath;
    if (options2.delay) {
      this.delay = options2.delay;
    }
  }
  CheckComplete() {
    if (this.done) {
      return;
    }
    if (this.processClosed) {
      this._setResult();
    } else if (this.processExited) {
      this.timeout = setTimeout2(_ExecState.HandleTimeout, this.delay, this);
    }
  }
  _debug(message) {
    this.emit("debug", message);
  }
  _setResult() {
    let error2;
    if (this.processExited) {
      if (this.processError) {
        error2 = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
      } else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
        error2 = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
      } else if (this.processStderr && this.options.failOnStdErr) {
        error2 = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
      }
    }
    if (this.timeout) {
      clearTimeout(this.timeout);
      this.timeout = null;
    }
    this.done = true;
    this.emit("done", error2, this.processExitCode);
  }
  static HandleTimeout(state) {
    if (state.done) {
      return;
    }
    if (!state.processClosed && state.processExited) {
      const message = `The STDIO streams did not close within ${state.delay / 1e3} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
      state._debug(message);
    }
    state._setResult();
  }
};

// node_modules/@actions/exec/lib/exec.js
var __awaiter5 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve4) {
      resolve4(value);
    });
  }
  return new (P || (P = Promise))(function(resolve4, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve4(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function exec(commandLine, args, options2) {
  return __awaiter5(this, void 0, void 0, function* () {
    const commandArgs = argStringToArray(commandLine);
    if (commandArgs.length === 0) {
      throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
    }
    const toolPath = commandArgs[0];
    args = commandArgs.slice(1).concat(args || []);
    const runner = new ToolRunner(toolPath, args, options2);
    return runner.exec();
  });
}
function getExecOutput(commandLine, args, options2) {
  return __awaiter5(this, void 0, void 0, function* () {
    var _a2, _b;
    let stdout = "";
    let stderr = "";
    const stdoutDecoder = new StringDecoder("utf8");
    const stderrDecoder = new StringDecoder("utf8");
    const originalStdoutListener = (_a2 = options2 === null || options2 === void 0 ? void 0 : options2.listeners) === null || _a2 === void 0 ? void 0 : _a2.stdout;
    const originalStdErrListener = (_b = options2 === null || options2 === void 0 ? void 0 : options2.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
    const stdErrListener = (data) => {
      stderr += stderrDecoder.write(data);
      if (originalStdErrListener) {
        originalStdErrListener(data);
      }
    };
    const stdOutListener = (data) => {
      stdout += stdoutDecoder.write(data);
      if (originalStdoutListener) {
        originalStdoutListener(data);
      }
    };
    const listeners = Object.assign(Object.assign({}, options2 === null || options2 === void 0 ? void 0 : options2.listeners), { stdout: stdOutListener, stderr: stdErrListener });
    const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options2), { listeners }));
    stdout += stdoutDecoder.end();
    stderr += stderrDecoder.end();
    return {
      exitCode,
      stdout,
      stderr
    };
  });
}

// node_modules/@actions/core/lib/platform.js
var platform = os4.platform();
var arch = os4.arch();

// node_modules/@actions/core/lib/core.js
var __awaiter6 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve4) {
      resolve4(value);
    });
  }
  return new (P || (P = Promise))(function(resolve4, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve4(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os5.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os5.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}
function group(name, fn) {
  return __awaiter6(this, void 0, void 0, function* () {
    startGroup(name);
    let result;
    try {
      result = yield fn();
    } finally {
      endGroup();
    }
    return result;
  });
}

// src/http/dispatcher.ts
function runDispatcher(env) {
  return new import_env_http_proxy_agent.default({
    connections: 8,
    httpProxy: env.http_proxy ?? env.HTTP_PROXY ?? "",
    httpsProxy: env.https_proxy ?? env.HTTPS_PROXY ?? "",
    noProxy: env.no_proxy ?? env.NO_PROXY ?? ""
  });
}

// src/inputs.ts
import path6 from "node:path";

// src/attest/config.ts
var ATTESTATION_MODES = ["auto", "true", "false"];
var TEST_SIGSTORE_ENV = "PYPI_PROMOTE_TEST_SIGSTORE";
var TOKEN_REFUSAL = "Attestations are only supported when using Trusted Publishing with GitHub Actions.";
function parseAttestations(raw, indexes, env, problems) {
  const mode = ATTESTATION_MODES.includes(raw.toLowerCase()) ? raw.toLowerCase() : void 0;
  if (mode === void 0) {
    problems.push(`attestations: '${raw}' is not one of ${ATTESTATION_MODES.join(", ")} (auto: attest what trusted publishing uploads; true: the same, and every index must use it; false: never).`);
  }
  const on = (role) => {
    const index = indexes[role];
    if (index === void 0 || mode === void 0 || mode === "false") return false;
    if (index.token === "") return true;
    if (mode === "true") {
      problems.push(`attestations: true, but ${role}-token is set, and Warehouse refuses attestations with an API token ("${TOKEN_REFUSAL}"): remove ${role}-token to publish by trusted publishing, or set attestations: auto to attest only the indexes that use it.`);
    }
    return false;
  };
  let sigstore = { kind: "public-good" };
  const test = env[TEST_SIGSTORE_ENV]?.trim();
  if (test) {
    let url;
    try {
      url = new URL(test);
    } catch {
      url = void 0;
    }
    if (url === void 0 || url.protocol !== "http:" || !isLoopback(url)) {
      problems.push(`${TEST_SIGSTORE_ENV}: '${test}' is not an http:// URL on loopback; only this project's tests point signing at another Sigstore, and only on loopback. Unset it.`);
    } else {
      sigstore = { kind: "test", url };
    }
  }
  return { mode: mode ?? "auto", staging: on("staging"), production: on("production"), sigstore };
}

// src/process/env.ts
var FORBIDDEN_PREFIXES = ["INPUT_", "ACTIONS_"];
var FORBIDDEN = /* @__PURE__ */ new Set([
  "GITHUB_ENV",
  "GITHUB_PATH",
  "GITHUB_OUTPUT",
  "GITHUB_STATE",
  "GITHUB_STEP_SUMMARY",
  "GITHUB_TOKEN",
  "GH_TOKEN"
]);
function isForbidden(name) {
  const upper = name.toUpperCase();
  return FORBIDDEN.has(upper) || FORBIDDEN_PREFIXES.some((p) => upper.startsWith(p));
}
var ALLOWED = [
  // Finding programs and the user's files.
  ["PATH", "programs (python, git, compilers), as setup-python left them"],
  ["PATHEXT", "Windows: which files are programs"],
  ["HOME", "pip.conf, ~/.gitconfig, ~/.cache"],
  ["USER", "POSIX tools that ask who runs them"],
  ["LOGNAME", "POSIX tools that ask who runs them"],
  ["SHELL", "tools that start a shell"],
  ["XDG_CONFIG_HOME", "pip's and git's configuration"],
  ["XDG_CONFIG_DIRS", "pip's site configuration"],
  ["XDG_CACHE_HOME", "pip's cache"],
  ["XDG_DATA_HOME", "user data of tools"],
  ["XDG_RUNTIME_DIR", "per-user runtime folder"],
  // Locale and time: text encodings and reproducible output.
  ["LANG", "locale"],
  ["LANGUAGE", "locale"],
  ["LC_*", "locale"],
  ["TZ", "time zone"],
  ["TERM", "terminal type for tools that colour output"],
  ["NO_COLOR", "the user asked for no colour"],
  ["FORCE_COLOR", "the user asked for colour"],
  // Temporary files.
  ["TMPDIR", "temporary files"],
  ["TMP", "temporary files"],
  ["TEMP", "temporary files"],
  ["RUNNER_TEMP", "the runner's temporary folder, for tools that honour it"],
  // The network as the runner reaches it: proxies and certificate authorities.
  ["HTTP_PROXY", "proxy"],
  ["HTTPS_PROXY", "proxy"],
  ["NO_PROXY", "proxy exceptions"],
  ["ALL_PROXY", "proxy"],
  ["SSL_CERT_FILE", "extra certificate authorities (OpenSSL)"],
  ["SSL_CERT_DIR", "extra certificate authorities (OpenSSL)"],
  ["REQUESTS_CA_BUNDLE", "certificate authorities for requests (pip vendors it)"],
  ["CURL_CA_BUNDLE", "certificate authorities for curl-based tools"],
  // pip: the user's index, certificates and options (PIP_INDEX_URL, PIP_CERT, ...). These are the
  // user's own settings, which must apply to the build and smoke installs as to any pip run.
  ["PIP_*", "the user's pip configuration"],
  ["PYTHONDONTWRITEBYTECODE", "Python behaviour the user chose"],
  ["PYTHONUTF8", "Python behaviour the user chose"],
  ["PYTHONIOENCODING", "Python behaviour the user chose"],
  ["PYTHONUNBUFFERED", "Python behaviour the user chose"],
  ["PYTHONWARNINGS", "Python behaviour the user chose"],
  ["PYTHONNOUSERSITE", "Python behaviour the user chose"],
  ["PYTHONPYCACHEPREFIX", "Python behaviour the user chose"],
  ["PYTHONHASHSEED", "reproducible builds"],
  ["SOURCE_DATE_EPOCH", "reproducible archives (the user's wins over the commit time)"],
  // The interpreter as actions/setup-python installed it: its shared libpython is found through
  // LD_LIBRARY_PATH on Linux, and build tools (CMake, pkg-config) find it through these.
  ["LD_LIBRARY_PATH", "setup-python's libpython on Linux"],
  ["PYTHONLOCATION", "setup-python"],
  ["PYTHON_ROOT_DIR", "setup-python"],
  ["PYTHON2_ROOT_DIR", "setup-python"],
  ["PYTHON3_ROOT_DIR", "setup-python"],
  ["PKG_CONFIG_PATH", "setup-python, native builds"],
  // Native extension builds: compilers, flags and SDKs as the runner image sets them.
  ["CC", "compiler"],
  ["CXX", "compiler"],
  ["CFLAGS", "compiler flags"],
  ["CXXFLAGS", "compiler flags"],
  ["CPPFLAGS", "compiler flags"],
  ["LDFLAGS", "linker flags"],
  ["ARCHFLAGS", "macOS architectures"],
  ["MACOSX_DEPLOYMENT_TARGET", "macOS wheels"],
  ["DEVELOPER_DIR", "macOS SDK"],
  ["SDKROOT", "macOS SDK"],
  ["CARGO_HOME", "Rust extensions"],
  ["RUSTUP_HOME", "Rust extensions"],
  ["RUSTUP_TOOLCHAIN", "Rust extensions"],
  ["JAVA_HOME", "tools built on the JVM"],
  ["GOROOT", "Go extensions"],
  ["GOPATH", "Go extensions"],
  // Windows: a process without these cannot start Python, find its profile or its compilers.
  ["SYSTEMROOT", "Windows"],
  ["SYSTEMDRIVE", "Windows"],
  ["WINDIR", "Windows"],
  ["COMSPEC", "Windows"],
  ["USERPROFILE", "Windows"],
  ["USERNAME", "Windows"],
  ["USERDOMAIN", "Windows"],
  ["HOMEDRIVE", "Windows"],
  ["HOMEPATH", "Windows"],
  ["APPDATA", "Windows: pip.ini"],
  ["LOCALAPPDATA", "Windows: pip's cache"],
  ["PROGRAMDATA", "Windows: pip.ini"],
  ["ALLUSERSPROFILE", "Windows"],
  ["PUBLIC", "Windows"],
  ["COMPUTERNAME", "Windows"],
  ["PROGRAMFILES", "Windows: compilers"],
  ["PROGRAMFILES(X86)", "Windows: compilers"],
  ["PROGRAMW6432", "Windows: compilers"],
  ["COMMONPROGRAMFILES", "Windows"],
  ["COMMONPROGRAMFILES(X86)", "Windows"],
  ["COMMONPROGRAMW6432", "Windows"],
  ["NUMBER_OF_PROCESSORS", "Windows: parallel builds"],
  ["PROCESSOR_ARCHITECTURE", "Windows: platform tags"],
  ["PROCESSOR_IDENTIFIER", "Windows"],
  ["OS", "Windows"],
  ["PSMODULEPATH", "pwsh (the smoke command on Windows)"],
  ["VCINSTALLDIR", "MSVC"],
  ["VSINSTALLDIR", "MSVC"],
  ["INCLUDE", "MSVC"],
  ["LIB", "MSVC"],
  ["LIBPATH", "MSVC"],
  ["WINDOWSSDKDIR", "MSVC"],
  ["DISTUTILS_USE_SDK", "MSVC"],
  ["MSSDK", "MSVC"],
  // Where the job runs, none of it secret: tools that behave differently in CI (progress bars,
  // setuptools-scm's CI detection) and smoke commands that print it.
  ["CI", "CI detection"],
  ["GITHUB_ACTIONS", "CI detection"],
  ["RUNNER_OS", "platform"],
  ["RUNNER_ARCH", "platform"],
  ["RUNNER_DEBUG", "the user asked for debug output"],
  ["GITHUB_WORKSPACE", "the checkout"],
  ["GITHUB_REPOSITORY", "which repository"],
  ["GITHUB_SHA", "which commit"],
  ["GITHUB_REF", "which ref"],
  ["GITHUB_REF_NAME", "which ref"],
  ["GITHUB_REF_TYPE", "which ref"],
  ["GITHUB_SERVER_URL", "which GitHub"],
  ["GITHUB_RUN_ID", "which run"],
  ["GITHUB_RUN_NUMBER", "which run"],
  ["GITHUB_RUN_ATTEMPT", "which run"],
  ["GITHUB_JOB", "which job"],
  ["GITHUB_WORKFLOW", "which workflow"],
  ["GITHUB_EVENT_NAME", "what started the run"]
];
var EXACT = new Set(ALLOWED.filter(([p]) => !p.endsWith("*")).map(([p]) => p));
var PREFIXES = ALLOWED.filter(([p]) => p.endsWith("*")).map(([p]) => p.slice(0, -1));
function matches(name, exact, prefixes) {
  const upper = name.toUpperCase();
  return exact.has(upper) || prefixes.some((p) => upper.startsWith(p));
}
function parsePassEnv(raw) {
  const names = [];
  const problems = [];
  for (const word of raw.split(/[\s,]+/).filter(Boolean)) {
    if (!/^[A-Za-z_][A-Za-z0-9_()]*\*?$/.test(word)) {
      problems.push(`pass-env: '${word}' is not a variable name (letters, digits and _, optionally ending in * for a prefix).`);
    } else if (isForbidden(word.replace(/\*$/, ""))) {
      problems.push(`pass-env: '${word}' names a variable that never reaches a child process (the action's inputs, the runner's credentials and file commands, GITHUB_TOKEN): give the command what it needs under another name.`);
    } else {
      names.push(word.toUpperCase());
    }
  }
  return { names, problems };
}
function childEnv(env, extra = {}, pass = []) {
  const passExact = new Set(pass.filter((p) => !p.endsWith("*")));
  const passPrefixes = pass.filter((p) => p.endsWith("*")).map((p) => p.slice(0, -1));
  const out = {};
  for (const [key, value] of Object.entries(env)) {
    if (value === void 0 || isForbidden(key)) continue;
    if (matches(key, EXACT, PREFIXES) || matches(key, passExact, passPrefixes)) out[key] = value;
  }
  for (const [key, value] of Object.entries(extra)) if (!isForbidden(key)) out[key] = value;
  return out;
}
function childEnvFor(deps, extra = {}) {
  return childEnv(deps.env, extra, deps.passEnv ?? []);
}

// src/process/python.ts
import path4 from "node:path";

// src/report/log-safe.ts
import { Writable } from "node:stream";
import { StringDecoder as StringDecoder2 } from "node:string_decoder";
var LINE_BREAK = /\r\n|\r|\n/;
function neutralise(text) {
  if (!text.includes("::") && !text.includes("##[")) return text;
  const breaks = text.match(/\r\n|\r|\n/g) ?? [];
  return text.split(LINE_BREAK).map((line, i) => {
    let safe = line.replaceAll("##[", "# #[");
    if (/^\s*::/.test(safe)) safe = `| ${safe}`;
    return i < breaks.length ? safe + breaks[i] : safe;
  }).join("");
}
var SafeLines = class extends Writable {
  constructor(target) {
    super({ decodeStrings: false });
    this.target = target;
  }
  target;
  pending = "";
  // A character split between two chunks is decoded whole.
  decoder = new StringDecoder2("utf8");
  _write(chunk, _encoding, done) {
    const text = this.pending + (typeof chunk === "string" ? chunk : this.decoder.write(chunk));
    const cut = Math.max(text.lastIndexOf("\n"), text.endsWith("\r") ? -1 : text.lastIndexOf("\r"));
    this.pending = text.slice(cut + 1);
    if (cut >= 0) this.target.write(neutralise(text.slice(0, cut + 1)));
    done();
  }
  /** Writes the unfinished last line, if any. */
  flush() {
    const rest = this.pending + this.decoder.end();
    if (rest !== "") this.target.write(neutralise(rest));
    this.pending = "";
  }
};

// src/process/output.ts
function tail(text, lines = 40) {
  const all = neutralise(text.trimEnd()).split(/\r\n|\r|\n/);
  return all.length > lines ? ["\u2026", ...all.slice(-lines)] : all;
}

// src/process/python.ts
function venvLayout(dir, platform2 = process.platform) {
  const windows = platform2 === "win32";
  const p = windows ? path4.win32 : path4.posix;
  const bin = p.join(dir, windows ? "Scripts" : "bin");
  return { dir, bin, python: p.join(bin, windows ? "python.exe" : "python") };
}
function defaultPython(platform2 = process.platform) {
  return platform2 === "win32" ? "python" : "python3";
}
var PROBE = `
import os, sys, importlib.util, importlib.metadata
print(sys.executable)
print("%d.%d.%d" % sys.version_info[:3])
ok = False
runner = ""
spec = importlib.util.find_spec("pip")
if spec:
    from pip import __version__ as v
    ok = tuple(int(x) for x in v.split(".")[:2]) >= (22, 3)
    try:
        files = importlib.metadata.distribution("pip").files or []
    except importlib.metadata.PackageNotFoundError:
        files = []
    # Debundled: its RECORD lists no vendored library (pypa/build's test), or,
    # without a RECORD, no vendored urllib3 beside it.
    vendored = os.path.join(os.path.dirname(spec.origin or ""), "_vendor", "urllib3")
    ok = ok and (any(str(f).startswith("pip/_vendor") for f in files) if files else os.path.isdir(vendored))
    if ok and spec.origin:
        candidate = os.path.join(os.path.dirname(spec.origin), "__pip-runner__.py")
        runner = candidate if os.path.isfile(candidate) else ""
print(ok)
print(runner)
`;
async function findPython(command, deps) {
  let result;
  try {
    result = await deps.exec(command, ["-c", PROBE], { silent: true, env: childEnvFor(deps) });
  } catch (cause) {
    throw pythonNotFound(command, String(cause));
  }
  if (result.exitCode !== 0) throw pythonNotFound(command, result.stderr.trim());
  const [executable, version, hasPip, pipRunner] = result.stdout.trim().split(/\r?\n/);
  if (!executable || !version) throw pythonNotFound(command, result.stdout);
  return { executable, version, hasPip: hasPip === "True", ...hasPip === "True" && pipRunner ? { pipRunner } : {} };
}
function pythonNotFound(command, why) {
  return new ReleaseError({
    code: "PYTHON_NOT_FOUND",
    message: `Could not run the Python interpreter '${command}'.`,
    details: why ? [why] : [],
    hint: "Add actions/setup-python before this step, or set the `python` input to an interpreter on the runner."
  });
}
async function createVenv(python, dir, deps) {
  const args = ["-m", "venv", ...python.hasPip ? ["--without-pip"] : [], dir];
  const result = await deps.exec(python.executable, args, { silent: true, env: childEnvFor(deps) });
  if (result.exitCode !== 0) {
    throw new ReleaseError({
      code: "PYTHON_NOT_FOUND",
      message: `Could not create a virtual environment with ${python.executable} (Python ${python.version}).`,
      details: tail(result.stderr || result.stdout),
      hint: "The interpreter needs the venv module (on Debian and Ubuntu: apt-get install python3-venv)."
    });
  }
  return venvLayout(dir);
}
function pipCommand(python, venv) {
  if (python.hasPip && python.pipRunner) return [venv.python, [python.pipRunner]];
  return python.hasPip ? [python.executable, ["-m", "pip", "--python", venv.python]] : [venv.python, ["-m", "pip"]];
}

// src/index/config.ts
var TOKEN_USER = "__token__";
function uploadTargets(mode, dryRun, staging, production) {
  if (dryRun) return [];
  return mode === "stage" ? [staging] : mode === "promote" ? [production] : [staging, production];
}

// src/trigger.ts
import fs3 from "node:fs";
function readEvent(env) {
  let payload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(fs3.readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
    } catch {
    }
  }
  return { name: env.GITHUB_EVENT_NAME ?? "", ref: env.GITHUB_REF ?? "", payload };
}
function triggerTag(event) {
  if (event.name === "release") {
    const release2 = event.payload.release;
    if (typeof release2?.tag_name === "string") return release2.tag_name;
  }
  if (event.name === "push" || event.name === "release" || event.name === "create") {
    if (event.ref.startsWith("refs/tags/")) return event.ref.slice("refs/tags/".length);
  }
  return void 0;
}
function tagVersion(tag, prefix) {
  if (!tag.startsWith(prefix)) {
    return { problem: `the run was started by the tag '${tag}', which does not start with tag-prefix '${prefix}' (set \`tag-prefix\` to the prefix your tags use, '' for none).` };
  }
  const rest = tag.slice(prefix.length);
  const version = normalize(rest);
  if (!version) return { problem: `the tag '${tag}' names '${rest}' after the prefix '${prefix}', which is not a PEP 440 version.` };
  const local = localSegment(version);
  if (local !== null) return { problem: `the tag '${tag}' names ${version}, with a local segment ('+${local}') that PyPI refuses.` };
  return { version };
}

// src/process/git.ts
var NO_PROGRAMS = [
  "core.hooksPath=/dev/null/no-hooks",
  "core.fsmonitor=false",
  "core.pager=cat",
  "core.editor=false",
  "sequence.editor=false",
  "core.askPass=",
  // Signing and signature checks: log.showSignature=true starts gpg.program on every `git log`.
  "log.showSignature=false",
  "commit.gpgSign=false",
  "tag.gpgSign=false",
  "tag.forceSignAnnotated=false",
  "push.gpgSign=false",
  "gpg.program=false",
  "gpg.openpgp.program=false",
  "gpg.x509.program=false",
  "gpg.ssh.program=false",
  "gpg.ssh.defaultKeyCommand=false",
  // `ext::` remotes run a command; submodules would run git with their own configs.
  "protocol.ext.allow=never",
  "submodule.recurse=false",
  "push.recurseSubmodules=no",
  // No background gc or maintenance left running after the action.
  "gc.auto=0",
  "maintenance.auto=false"
];
var LOCAL_ONLY = ["credential.helper=", "core.sshCommand=false"];
var NETWORK = [];
var UPLOAD_PACK = "--upload-pack=git-upload-pack";
var RECEIVE_PACK = "--receive-pack=git-receive-pack";
function filterOverrides(configNames) {
  const drivers = /* @__PURE__ */ new Set();
  for (const name of configNames) {
    const m = /^filter\.(.+)\.(clean|smudge|process|required)$/i.exec(name.trim());
    if (m) drivers.add(m[1]);
  }
  return [...drivers].flatMap((d) => [`filter.${d}.clean=`, `filter.${d}.smudge=`, `filter.${d}.process=`, `filter.${d}.required=false`]);
}
function gitArgv(dir, args, options2 = {}) {
  const config = [...NO_PROGRAMS, ...options2.network ? NETWORK : LOCAL_ONLY, ...options2.config ?? []];
  return ["--no-pager", "-C", dir, ...config.flatMap((c) => ["-c", c]), ...args];
}
function gitEnv(deps, network = false) {
  const extra = { GIT_TERMINAL_PROMPT: "0", GCM_INTERACTIVE: "never" };
  for (const name of ["GIT_CONFIG_GLOBAL", "GIT_CONFIG_SYSTEM", "GIT_CONFIG_NOSYSTEM", "GIT_SSL_CAINFO", "GIT_SSL_CAPATH", ...network ? ["SSH_AUTH_SOCK"] : []]) {
    const value = deps.env[name];
    if (value !== void 0) extra[name] = value;
  }
  const env = childEnvFor(deps, extra);
  for (const key of Object.keys(env)) {
    if (/^GIT_/i.test(key) && !(key in extra)) delete env[key];
  }
  return env;
}
function runGit(dir, args, deps, options2 = {}) {
  return deps.exec("git", gitArgv(dir, args, options2), { silent: true, env: gitEnv(deps, options2.network) });
}
async function readGit(dir, args, deps) {
  try {
    const result = await runGit(dir, args, deps);
    return result.exitCode === 0 ? result.stdout : void 0;
  } catch {
    return void 0;
  }
}
async function lastCommitTime(projectDir, deps) {
  const value = (await readGit(projectDir, ["log", "-1", "--no-show-signature", "--format=%ct"], deps))?.trim();
  return value && /^\d+$/.test(value) ? value : void 0;
}
async function listTags(projectDir, deps) {
  const out = await readGit(projectDir, ["tag", "--list"], deps);
  return out === void 0 ? [] : out.split("\n").map((t) => t.trim()).filter(Boolean);
}
async function versionTags(projectDir, prefix, deps) {
  return (await listTags(projectDir, deps)).flatMap((tag) => {
    const named = tagVersion(tag, prefix);
    return "version" in named ? [{ tag, version: named.version }] : [];
  });
}

// src/release/git.ts
var GIT_MODES = ["push", "tag", "none"];
var BOT = ["user.name=github-actions[bot]", "user.email=41898282+github-actions[bot]@users.noreply.github.com"];
async function commitTagPush(request, deps) {
  const run2 = (args, config = []) => runGit(request.projectDir, args, deps, { config });
  const remote = await runGit(request.projectDir, ["ls-remote", UPLOAD_PACK, "--tags", "origin", `refs/tags/${request.tag}`], deps, { network: true });
  if (remote.exitCode === 0 && remote.stdout.trim() !== "") {
    deps.log.info(`The tag ${request.tag} is already on origin (an earlier run of this release pushed it): nothing to commit or push.`);
    return { tag: request.tag, commit: remote.stdout.split(/\s/)[0], outcome: "found" };
  }
  const identity = (await run2(["config", "user.email"])).stdout.trim() ? [] : BOT;
  if (request.files.length > 0) {
    const filters = filterOverrides((await readGit(request.projectDir, ["config", "--name-only", "--get-regexp", "^filter\\."], deps) ?? "").split("\n"));
    await must(run2(["add", "--", ...request.files], filters), "git add", request);
    await must(run2(["commit", "--quiet", "--no-verify", "-m", request.message, "--", ...request.files], [...identity, ...filters]), "git commit", request);
  }
  await must(run2(["tag", "--annotate", "--force", "-m", request.tagMessage ?? request.message, request.tag], identity), "git tag", request);
  const commit = (await run2(["rev-parse", "HEAD"])).stdout.trim();
  let refs = [`refs/tags/${request.tag}`];
  if (request.mode === "push") {
    const branch = (await run2(["symbolic-ref", "--quiet", "--short", "HEAD"])).stdout.trim();
    if (!branch) {
      throw new ReleaseError({
        code: "GIT_PUSH_FAILED",
        message: `The checkout is on a detached HEAD, so the release commit for ${request.tag} has no branch to go to; nothing was promoted.`,
        hint: "Run the release from a branch (workflow_dispatch on main checks out main), or set `git: tag` to push the tag alone."
      });
    }
    refs = [`HEAD:refs/heads/${branch}`, ...refs];
  }
  const pushed = await runGit(request.projectDir, ["push", "--atomic", "--no-verify", RECEIVE_PACK, "origin", ...refs], deps, { network: true });
  if (pushed.exitCode !== 0) throw pushFailed(request, refs, `${pushed.stderr}
${pushed.stdout}`);
  deps.log.info(`pushed ${refs.map((r) => r.replace(/^HEAD:/, "")).join(" and ")} to origin`);
  return { tag: request.tag, commit, outcome: "pushed" };
}
async function must(result, what, request) {
  const r = await result;
  if (r.exitCode !== 0) {
    throw new ReleaseError({
      code: "GIT_PUSH_FAILED",
      message: `${what} failed (exit code ${r.exitCode}) while making the release commit and tag ${request.tag}; nothing was pushed or promoted.`,
      details: tail(`${r.stderr}
${r.stdout}`),
      hint: "Check that the checkout is a git repository (actions/checkout) and that the version files are tracked."
    });
  }
}
function pushFailed(request, refs, output) {
  const why = /non-fast-forward|fetch first|\[rejected\]/i.test(output) && !/already exists/i.test(output) ? "the branch on origin moved since the checkout (someone pushed meanwhile). Re-run the workflow on the new head." : /already exists/i.test(output) ? `origin already has a tag ${request.tag} on another commit. Delete that tag if it is stale, or release another version.` : /protected branch|GH006|GH013|rule violations?/i.test(output) ? "a branch protection rule refused the commit. Set `git: tag` to push only the tag, or allow the workflow to push." : /403|permission .* denied|write access|could not read Username|authentication failed/i.test(output) ? "the token of the checkout may not push. Give the job `permissions: contents: write` (and keep actions/checkout's persist-credentials)." : /does not appear to be a git repository|no such remote/i.test(output) ? "the checkout has no remote named origin. Check out with actions/checkout, or set `git: none`." : "see git's output above.";
  return new ReleaseError({
    code: "GIT_PUSH_FAILED",
    message: `git push of ${refs.map((r) => r.replace(/^HEAD:/, "")).join(" and ")} to origin was refused; nothing was promoted (the files stay staged).`,
    details: tail(output),
    hint: `Likely cause: ${why}`
  });
}

// src/release/manifest.ts
var MANIFEST_FORMAT = 1;
function writeManifest(manifest2) {
  const { name, version, previousVersion, source, staging, files } = manifest2;
  return JSON.stringify({
    format: MANIFEST_FORMAT,
    name,
    version,
    previousVersion,
    source,
    staging,
    files: files.map(({ filename, size, sha256 }) => ({ filename, size, sha256 }))
  });
}
function parseManifest(text) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (error2) {
    return { problems: [`manifest: not JSON (${error2 instanceof Error ? error2.message : String(error2)}); pass the stage job's output as is, e.g. \`manifest: \${{ needs.stage.outputs.manifest }}\`.`] };
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return { problems: ["manifest: not a JSON object."] };
  const m = raw;
  const problems = [];
  const text_ = (key) => {
    const value = m[key];
    if (typeof value === "string") return value;
    problems.push(`manifest: \`${key}\` is ${value === void 0 ? "missing" : "not a string"}.`);
    return "";
  };
  if (m.format !== MANIFEST_FORMAT) {
    problems.push(`manifest: format ${JSON.stringify(m.format)} is not ${MANIFEST_FORMAT}: the stage and promote jobs must use the same version of pypi-promote.`);
  }
  const name = text_("name");
  const rawVersion = text_("version");
  const version = normalize(rawVersion);
  if (rawVersion && !version) problems.push(`manifest: version '${rawVersion}' is not a PEP 440 version.`);
  const previousVersion = typeof m.previousVersion === "string" ? m.previousVersion : "";
  const source = m.source;
  if (source !== "project" && source !== "dists") problems.push(`manifest: source ${JSON.stringify(source)} is not "project" or "dists".`);
  const staging = text_("staging");
  const files = [];
  if (!Array.isArray(m.files) || m.files.length === 0) {
    problems.push("manifest: `files` lists no file.");
  } else {
    for (const [i, entry] of m.files.entries()) {
      const f = entry ?? {};
      const label = typeof f.filename === "string" ? f.filename : `files[${i}]`;
      if (typeof f.filename !== "string" || /[/\\]/.test(f.filename)) {
        problems.push(`manifest: ${label}: \`filename\` must be a plain file name.`);
        continue;
      }
      if (typeof f.sha256 !== "string" || !/^[0-9a-f]{64}$/.test(f.sha256)) problems.push(`manifest: ${label}: \`sha256\` must be 64 lower-case hex digits.`);
      if (typeof f.size !== "number" || !Number.isSafeInteger(f.size) || f.size < 0) problems.push(`manifest: ${label}: \`size\` must be a byte count.`);
      const parsed = parseDistFilename(f.filename);
      if ("error" in parsed) problems.push(`manifest: ${label}: ${parsed.error}`);
      else if (version && !equal(parsed.version, version)) problems.push(`manifest: ${label} is not of version ${version}.`);
      if (files.some((other) => other.filename === f.filename)) problems.push(`manifest: ${label} is listed twice.`);
      files.push({ filename: f.filename, size: f.size, sha256: f.sha256 });
    }
  }
  if (problems.length > 0 || !version) return { problems };
  return { manifest: { format: MANIFEST_FORMAT, name, version, previousVersion, source, staging, files } };
}

// src/version/files.ts
import path5 from "node:path";

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options2) {
    const [line, column] = getLineColFromPtr(options2.toml, options2.ptr);
    const codeblock = makeCodeBlock(options2.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options2);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first2 = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first2 && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first2 && ctx.s.charCodeAt(ctx.p + 2) === first2)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first2)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first2)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match3 = date.match(DATE_TIME_RE);
        if (match3) {
          if (!match3[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match3[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match3[2] && +match3[2] > 23) {
            date = "";
          } else {
            offset = match3[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table2, meta, type) {
  let t = table2;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options2 = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options2.maxDepth ?? 1e3,
    bi: options2.integersAsBigInt ?? false,
    ld: options2.useLegacyDate ?? true,
    uk: options2.unsafeKeyBehaviour === "throw" ? 2 : options2.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/version/edit.ts
import fs4 from "node:fs/promises";
function lineAt(text, offset) {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
function spanAt(text, start, end) {
  return { start, end, line: lineAt(text, start) };
}
function applyEdit(edit, version) {
  const spans = [...edit.spans].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const s of spans) {
    out += edit.text.slice(at, s.start) + version;
    at = s.end;
  }
  return out + edit.text.slice(at);
}
function mergeEdits(edits) {
  const byFile = /* @__PURE__ */ new Map();
  for (const edit of edits) {
    const seen = byFile.get(edit.file);
    if (!seen) {
      byFile.set(edit.file, { ...edit, spans: [...edit.spans] });
      continue;
    }
    for (const span of edit.spans) {
      if (!seen.spans.some((s) => s.start === span.start)) seen.spans.push(span);
    }
  }
  return [...byFile.values()];
}
async function readIfExists(file) {
  try {
    return await fs4.readFile(file, "utf8");
  } catch (e) {
    if (["ENOENT", "ENOTDIR", "EISDIR"].includes(e.code ?? "")) return void 0;
    throw e;
  }
}
async function writeEdits(edits, version) {
  const written = [];
  for (const edit of mergeEdits(edits)) {
    const after = applyEdit(edit, version);
    if (after === edit.text) continue;
    await fs4.writeFile(edit.file, after);
    written.push(edit.file);
  }
  return written;
}
async function restoreEdits(edits) {
  for (const edit of mergeEdits(edits)) {
    if (await readIfExists(edit.file) !== edit.text) await fs4.writeFile(edit.file, edit.text);
  }
}

// src/version/files.ts
var PLACEHOLDER = "{version}";
function parseVersionFiles(raw) {
  const specs = [];
  const problems = [];
  for (const line of raw.split(/\r?\n/)) {
    const entry = line.trim();
    if (entry === "" || entry.startsWith("#")) continue;
    const drive = /^[A-Za-z]:[\\/]/.test(entry) ? 2 : 0;
    const colon = entry.indexOf(":", drive);
    const rawPath = (colon === -1 ? entry : entry.slice(0, colon)).trim();
    const pattern = colon === -1 ? void 0 : entry.slice(colon + 1).trim();
    const file = checkPath(rawPath, entry);
    const patternProblem = checkPattern(pattern, entry);
    if (typeof file !== "string") problems.push(file.problem);
    if (patternProblem) problems.push(patternProblem);
    if (typeof file !== "string" || patternProblem) continue;
    const twin = specs.find((s) => s.path === file && s.pattern === pattern);
    if (twin) {
      problems.push(`version-files: \`${entry}\` repeats \`${twin.raw}\`; list each file and pattern once.`);
      continue;
    }
    specs.push({ path: file, pattern, raw: entry });
  }
  return { specs, problems };
}
function checkPath(raw, entry) {
  if (raw === "") return { problem: `version-files: \`${entry}\` has no path before the ":"; write \`path\` or \`path: pattern\`.` };
  const slashed = raw.replace(/\\/g, "/");
  if (slashed.startsWith("/") || /^[A-Za-z]:/.test(slashed)) {
    return { problem: `version-files: \`${entry}\` is an absolute path; name the file by its path inside the project folder (e.g. docs/conf.py).` };
  }
  const file = path5.posix.normalize(slashed);
  if (file === ".." || file.startsWith("../")) {
    return { problem: `version-files: \`${entry}\` leaves the project folder; list only files inside it, by their path relative to it.` };
  }
  if (file === "." || file === "./" || file.endsWith("/")) {
    return { problem: `version-files: \`${entry}\` names a folder; name the file that holds the version.` };
  }
  return file;
}
function checkPattern(pattern, entry) {
  if (pattern === void 0) return void 0;
  if (pattern === "") {
    return `version-files: \`${entry}\` has nothing after the ":"; write the path alone to match the version anywhere in the file, or a pattern with {version} after the ":".`;
  }
  const count = pattern.split(PLACEHOLDER).length - 1;
  if (count === 0) {
    return `version-files: the pattern of \`${entry}\` has no {version}; write the text around the version with {version} in its place, e.g. \`docs/conf.py: release = "{version}"\`.`;
  }
  if (count > 1) return `version-files: the pattern of \`${entry}\` has {version} ${count} times; it must hold it exactly once.`;
  return void 0;
}
function startsVersion(text, at) {
  const before = text[at - 1];
  if (before === void 0) return true;
  if (before === "v" || before === "V") return !/[A-Za-z0-9]/.test(text[at - 2] ?? "");
  if (/[A-Za-z0-9.+!]/.test(before)) return false;
  if (before === "-" || before === "_") return !/[0-9]/.test(text[at - 2] ?? "");
  return true;
}
var CONTINUES_VERSION = /^(?:[a-z0-9]|\+[a-z0-9]|[-_.][0-9]|[-_.](?:alpha|beta|preview|pre|post|rev|dev|rc|a|b|c|r)(?![a-z]))/i;
function endsVersion(text, at) {
  return !CONTINUES_VERSION.test(text.slice(at, at + 12));
}
function planVersionFile(file, text, spec, current) {
  if (current === "") throw new Error("planVersionFile: the current version is empty");
  const spans = spec.pattern === void 0 ? wholeVersions(text, current) : patternMatches(text, spec.pattern, current);
  if (spans.length === 0) throw mismatch(file, text, spec, current);
  return { file, text, spans };
}
function wholeVersions(text, current) {
  const spans = [];
  for (let at = text.indexOf(current); at !== -1; ) {
    const end = at + current.length;
    if (startsVersion(text, at) && endsVersion(text, end)) {
      spans.push(spanAt(text, at, end));
      at = text.indexOf(current, end);
    } else {
      at = text.indexOf(current, at + 1);
    }
  }
  return spans;
}
function patternMatches(text, pattern, current) {
  const cut = pattern.indexOf(PLACEHOLDER);
  const before = pattern.slice(0, cut);
  const after = pattern.slice(cut + PLACEHOLDER.length);
  const needle = before + current + after;
  const spans = [];
  for (let at = text.indexOf(needle); at !== -1; ) {
    const start = at + before.length;
    const end = start + current.length;
    if ((before !== "" || startsVersion(text, start)) && (after !== "" || endsVersion(text, end))) {
      spans.push(spanAt(text, start, end));
      at = text.indexOf(needle, end - before.length);
    } else {
      at = text.indexOf(needle, at + 1);
    }
  }
  return spans;
}
var NEAR_MISSES_SHOWN = 5;
function mismatch(file, text, spec, current) {
  const near = text.split("\n").map((line, i) => ({ line: i + 1, text: line.replace(/\r$/, "").trim() })).filter((l) => l.text.includes(current));
  const details = near.slice(0, NEAR_MISSES_SHOWN).map((l) => `line ${l.line}: ${l.text.length > 120 ? `${l.text.slice(0, 117)}...` : l.text}`);
  if (near.length > NEAR_MISSES_SHOWN) details.push(`and ${near.length - NEAR_MISSES_SHOWN} more lines with ${current}`);
  const byHand = `update it to ${current} by hand once (each release then keeps it in step)`;
  return new ReleaseError({
    code: "VERSION_FILE_MISMATCH",
    message: `${file} does not contain the current version ${current}${spec.pattern === void 0 ? "" : ` (pattern: ${spec.pattern})`}; nothing was written.`,
    hint: spec.pattern === void 0 ? `The file does not hold ${current} as a whole version (${current}rc1 or ${current}.post1 is another version): ${byHand}, or remove \`${spec.raw}\` from \`version-files\`.` : `The file does not hold the current version in that form: ${byHand}, or fix the pattern of \`${spec.raw}\` in \`version-files\` to match the line that holds the version, with {version} in its place.`,
    details,
    annotation: { file, startLine: near[0]?.line, title: "Version not found" }
  });
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isProjectSource(source, member) {
  return isRecord(source) && (source.editable === member || source.virtual === member);
}
function planUvLock(file, text, projectName, member = ".") {
  const doc = parseLock(file, text);
  const packages = Array.isArray(doc.package) ? doc.package : [];
  const want = normalizeName(projectName);
  const ours = packages.map((entry2, index2) => ({ entry: entry2, index: index2 })).filter(({ entry: entry2 }) => isRecord(entry2) && typeof entry2.name === "string" && normalizeName(entry2.name) === want && isProjectSource(entry2.source, member));
  if (ours.length === 0) return void 0;
  if (ours.length > 1) {
    throw lockUnsupported(file, `${file} has ${ours.length} [[package]] entries for ${want} from the project folder, so it is not clear which to update; nothing was written.`);
  }
  const { entry, index } = ours[0];
  if (entry.version === void 0) return void 0;
  const blocks = scanPackages(text);
  const block = blocks.length === packages.length ? blocks[index] : void 0;
  const span = block?.version;
  if (!block || !span || block.name !== entry.name || text.slice(span.start, span.end) !== entry.version) {
    throw lockUnsupported(
      file,
      `${file}: the [[package]] entry for ${want} records version ${String(entry.version)}, but not as a plain \`version = "..."\` line of that entry, so it cannot be rewritten in place; nothing was written.`,
      block?.line
    );
  }
  return { file, text, spans: [span] };
}
function parseLock(file, text) {
  try {
    return parse(text);
  } catch (cause) {
    const e = cause;
    const reason2 = (e.message ?? String(cause)).split("\n")[0].replace(/^Invalid TOML document: /, "");
    throw new ReleaseError({
      code: "VERSION_SOURCE_UNSUPPORTED",
      message: `${file} is not valid TOML (${e.line === void 0 ? "" : `line ${e.line}: `}${reason2}), so the project's version in it cannot be updated; nothing was written.`,
      hint: "uv writes uv.lock; a merge conflict or a hand edit may have broken it. Run `uv lock` to rewrite it, commit it, and release again.",
      annotation: { file, startLine: e.line, title: "Invalid TOML" },
      cause
    });
  }
}
function lockUnsupported(file, message, line) {
  return new ReleaseError({
    code: "VERSION_SOURCE_UNSUPPORTED",
    message,
    hint: "uv writes each entry of uv.lock as `name = ...`, `version = ...`, `source = ...` lines; this one was written or edited another way. Run `uv lock` to rewrite it, commit it, and release again.",
    annotation: { file, startLine: line, title: "uv.lock not understood" }
  });
}
function scanPackages(text) {
  const blocks = [];
  let current;
  let ownTable = false;
  let depth = 0;
  let offset = 0;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const header3 = depth === 0 ? /^\s*(\[\[?)\s*([^\]]*?)\s*\]/.exec(line) : null;
    if (header3) {
      const name = header3[2];
      if (header3[1] === "[[" && name === "package") {
        current = { line: i + 1, name: void 0, version: void 0 };
        blocks.push(current);
        ownTable = true;
      } else if (name.startsWith("package.")) {
        ownTable = false;
      } else {
        current = void 0;
      }
    } else {
      if (current && ownTable && depth === 0) {
        const name = /^\s*name\s*=\s*(["'])([^"'\\]*)\1/.exec(line);
        if (name && current.name === void 0) current.name = name[2];
        const version = /^(\s*version\s*=\s*)(["'])([^"'\\]*)\2/.exec(line);
        if (version && current.version === void 0) {
          const start = offset + version[1].length + 1;
          current.version = spanAt(text, start, start + version[3].length);
        }
      }
      depth = nesting(line, depth);
    }
    offset += line.length + 1;
  }
  return blocks;
}
function nesting(line, depth) {
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "#") break;
    if (c === '"' || c === "'") {
      for (i++; i < line.length && line[i] !== c; i++) if (c === '"' && line[i] === "\\") i++;
    } else if (c === "[" || c === "{") {
      depth++;
    } else if (c === "]" || c === "}") {
      depth--;
    }
  }
  return depth;
}

// src/inputs.ts
var MODES = ["release", "stage", "promote"];
var SKIPPABLE_CHECKS = ["rst"];
var GITHUB_RELEASE_MODES = ["auto", "true", "false"];
var DEFAULTS = {
  "project-dir": ".",
  "staging-url": "https://test.pypi.org/legacy/",
  "production-url": "https://upload.pypi.org/legacy/",
  "staging-username": TOKEN_USER,
  "production-username": TOKEN_USER,
  "wait-timeout": "600",
  "tag-prefix": "v",
  "dry-run": "false",
  mode: "release",
  git: "push",
  "commit-message": "Release {version}",
  "github-release": "auto",
  "max-file-size": "100 MiB",
  "max-project-size": "10 GiB",
  attestations: "auto"
};
function secretInputs(env) {
  return ["staging-token", "production-token", "github-token"].map((n) => input(env, n)).filter((v) => v !== "");
}
function input(env, name) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function parseInputs(env, event) {
  const problems = [];
  const get = (name) => input(env, name) || DEFAULTS[name] || "";
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const mode = get("mode").toLowerCase();
  if (!MODES.includes(mode)) {
    problems.push(`mode: '${get("mode")}' is not one of ${MODES.join(", ")} (release: everything in this step; stage: up to the smoke test, with a manifest; promote: the manifest's files, from staging to production).`);
  }
  const manifest2 = readManifest(get("manifest"), mode, problems);
  const { from, tagPrefix, tagPrefixAuto } = releaseFrom(get, env, event, workspace, problems, mode === "promote" ? manifest2 ?? null : void 0);
  const versionFiles = parseVersionFiles(get("version-files"));
  problems.push(...versionFiles.problems);
  const rawDryRun = get("dry-run");
  const dryRun = /^(true|false)?$/i.test(rawDryRun) ? rawDryRun.toLowerCase() === "true" : void 0;
  if (dryRun === void 0) problems.push(`dry-run: '${rawDryRun}' is not true or false.`);
  const git2 = get("git").toLowerCase();
  if (!GIT_MODES.includes(git2)) {
    problems.push(`git: '${get("git")}' is not one of ${GIT_MODES.join(", ")} (push: commit the version, tag and push both; tag: push the tag alone; none: no git writes).`);
  }
  const projectDir = path6.resolve(workspace, get("project-dir"));
  const staging = indexConfig("staging", get, problems);
  const production = indexConfig("production", get, problems);
  for (const index of uploadTargets(mode, dryRun === true, staging, production)) {
    if (index && index.username !== TOKEN_USER && index.token === "") {
      problems.push(`${index.role}-username: '${index.username}' needs ${index.role}-token, the password or token of that account (trusted publishing always uploads as ${TOKEN_USER}).`);
    }
  }
  if (staging && production && sameIndexUrl(staging.urls.upload, production.urls.upload)) {
    problems.push(`staging-url and production-url are the same (${staging.urls.upload.href}): staging must be a different index, or the smoke test proves nothing.`);
  }
  let smokeIndexUrl;
  const rawSmokeIndex = get("smoke-index-url");
  if (rawSmokeIndex) {
    const parsed = parseHttpUrl(rawSmokeIndex, "index URL");
    if (typeof parsed === "string") problems.push(`smoke-index-url: ${parsed}`);
    else smokeIndexUrl = parsed;
  } else {
    smokeIndexUrl = production?.urls.simple;
  }
  const rawTimeout = get("wait-timeout");
  const seconds = Number(rawTimeout);
  if (!/^\d+$/.test(rawTimeout) || seconds < 1) {
    problems.push(`wait-timeout: '${rawTimeout}' is not a whole number of seconds (default ${DEFAULTS["wait-timeout"]}).`);
  }
  if (dryRun === true && mode === "promote") {
    problems.push("dry-run: a promote job has nothing to try (its dry run is the stage job's): remove dry-run, or use it with mode stage or release.");
  }
  const githubRelease = githubReleaseConfig(get, env, event, problems);
  const maxFileSize = parseSize(get("max-file-size"));
  if (maxFileSize === void 0) {
    problems.push(`max-file-size: '${get("max-file-size")}' is not a size: give bytes, or a number with KiB, MiB or GiB (default ${DEFAULTS["max-file-size"]}, PyPI's limit).`);
  }
  const maxProjectSize = parseSize(get("max-project-size"));
  if (maxProjectSize === void 0) {
    problems.push(`max-project-size: '${get("max-project-size")}' is not a size: give bytes, or a number with KiB, MiB or GiB (default ${DEFAULTS["max-project-size"]}, PyPI's limit).`);
  }
  const passEnv = parsePassEnv(get("pass-env"));
  problems.push(...passEnv.problems);
  const writes = uploadTargets(mode, dryRun === true, staging, production);
  const attestations = parseAttestations(get("attestations"), {
    staging: writes.includes(staging) ? staging : void 0,
    production: writes.includes(production) ? production : void 0
  }, env, problems);
  const skipChecks = get("skip-checks").split(/[\s,]+/).map((w) => w.trim().toLowerCase()).filter(Boolean);
  for (const word of skipChecks.filter((w) => !SKIPPABLE_CHECKS.includes(w))) {
    problems.push(`skip-checks: '${word}' is not one of ${SKIPPABLE_CHECKS.join(", ")} (rst: the reStructuredText render check of the description).`);
  }
  if (problems.length > 0 || !from || !staging || !production || !smokeIndexUrl || maxFileSize === void 0 || maxProjectSize === void 0) {
    throw new ReleaseError({
      code: "INPUT_INVALID",
      message: `The step's inputs have ${problems.length} problem${problems.length === 1 ? "" : "s"}:`,
      details: problems.map((p) => `- ${p}`),
      hint: "Fix the `with:` block of this step in the workflow file."
    });
  }
  return {
    mode,
    manifest: manifest2,
    from,
    dryRun: dryRun === true,
    git: git2,
    commitMessage: get("commit-message"),
    tagPrefix,
    tagPrefixAuto,
    versionFiles: versionFiles.specs,
    projectDir,
    python: get("python") || defaultPython(),
    staging,
    production,
    uploadsTo: uploadTargets(mode, dryRun === true, staging, production),
    smokeTest: get("smoke-test") || void 0,
    smokeIndexUrl,
    waitTimeoutMs: seconds * 1e3,
    maxFileSize,
    maxProjectSize,
    githubRelease,
    passEnv: passEnv.names,
    attestations,
    skipChecks
  };
}
function githubReleaseConfig(get, env, event, problems) {
  const raw = get("github-release").toLowerCase();
  const mode = GITHUB_RELEASE_MODES.includes(raw) ? raw : "auto";
  if (mode !== raw) problems.push(`github-release: '${get("github-release")}' is not one of ${GITHUB_RELEASE_MODES.join(", ")} (auto: a GitHub Release when the run has a tag; true: always; false: never).`);
  const token = get("github-token");
  const repository = env.GITHUB_REPOSITORY?.trim() ?? "";
  let apiUrl;
  const parsed = parseHttpUrl(env.GITHUB_API_URL?.trim() || "https://api.github.com", "API URL");
  const wanted = mode !== "false" && token !== "" && repository !== "";
  if (typeof parsed !== "string") apiUrl = parsed;
  else if (wanted) problems.push(`GITHUB_API_URL: ${parsed}`);
  if (wanted && !/^[\w.-]+\/[\w.-]+$/.test(repository)) problems.push(`GITHUB_REPOSITORY: '${repository}' is not owner/name.`);
  if (mode === "true" && (!token || !repository)) {
    problems.push(`github-release: true needs ${!token ? "`github-token` (default `${{ github.token }}`; empty here)" : "GITHUB_REPOSITORY (set by GitHub Actions; empty here)"}.`);
  }
  const release2 = event.name === "release" ? event.payload.release : void 0;
  const server = (env.GITHUB_SERVER_URL?.trim() || "https://github.com").replace(/\/+$/, "");
  return {
    mode,
    api: wanted && apiUrl ? { apiUrl, repository, token } : void 0,
    repositoryUrl: repository ? `${server}/${repository}` : void 0,
    eventRelease: typeof release2?.id === "number" ? { id: release2.id } : void 0
  };
}
function parseSize(text) {
  const m = /^(\d+(?:\.\d+)?)\s*(?:([KMG])i?B?|B)?$/i.exec(text.trim());
  if (!m) return void 0;
  const power = m[2] === void 0 ? 0 : "KMG".indexOf(m[2].toUpperCase()) + 1;
  const bytes = Math.floor(Number(m[1]) * 1024 ** power);
  return bytes >= 1 ? bytes : void 0;
}
function releaseFrom(get, env, event, workspace, problems, manifest2) {
  const rawVersion = get("version");
  let version;
  if (rawVersion) {
    const normalized = normalize(rawVersion);
    if (!normalized) {
      problems.push(`version: '${rawVersion}' is not a PEP 440 version (examples: 1.4.0, 2.0.0rc1, 1.4.0.post1).`);
    } else if (localSegment(normalized) !== null) {
      problems.push(`version: '${rawVersion}' has a local segment ('+${localSegment(normalized)}'), which PyPI refuses; release '${normalized.split("+")[0]}' instead.`);
    } else {
      version = normalized;
    }
  }
  const tagPrefixAuto = env["INPUT_TAG-PREFIX"] === void 0;
  const tagPrefix = tagPrefixAuto ? DEFAULTS["tag-prefix"] : input(env, "tag-prefix");
  if (manifest2 !== void 0) return { from: promoteFrom(get, event, tagPrefixAuto ? void 0 : tagPrefix, version, manifest2, problems), tagPrefix, tagPrefixAuto };
  const rawBump = get("bump");
  let bump2;
  if (rawBump) {
    const words = rawBump.split(",").map((w) => w.trim().toLowerCase()).filter((w) => w !== "");
    const unknown = words.filter((w) => !BUMPS.includes(w));
    const problem = unknown.length === 0 ? bumpProblem(words) : void 0;
    if (unknown.length > 0) problems.push(`bump: ${unknown.map((w) => `'${w}'`).join(", ")} ${unknown.length === 1 ? "is" : "are"} not one of ${BUMPS.join(", ")} (combine them with commas, e.g. \`minor,rc\`).`);
    else if (problem) problems.push(`bump: ${problem}.`);
    else bump2 = words;
  }
  const tag = triggerTag(event);
  let fromTag;
  if (tag !== void 0 && !rawVersion) {
    const named = tagPrefixAuto ? anyTagVersion(tag) : tagVersion(tag, tagPrefix);
    if ("problem" in named) problems.push(`tag-prefix: ${named.problem}`);
    else fromTag = named;
    if (rawBump) problems.push(`bump: the run was started by the tag '${tag}', which already names the version; bump applies to workflow_dispatch and branch runs (\`bump: \${{ inputs.bump }}\` is empty on a tag push).`);
  }
  if (rawVersion && rawBump) {
    problems.push("version and bump are both set: give one (version to release exactly that, bump to compute it from the project's current version).");
  }
  const patterns = get("dists").split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#")).map((l) => l.startsWith("!") ? `!${path6.resolve(workspace, l.slice(1))}` : path6.resolve(workspace, l));
  if (patterns.length > 0 && rawBump) {
    problems.push("bump: the files in `dists` are already built with their version; bump applies when the action builds the project. Remove bump (or dists).");
  }
  if (patterns.length === 0 && !rawVersion && !rawBump && tag === void 0) {
    problems.push("nothing says which version to release: give `version: 1.4.0` to release exactly that, or `bump: patch` (or major, minor, stable, alpha, beta, rc, post, dev, combined as in `minor,rc`) to bump the project's version, or start the workflow by pushing a tag such as v1.4.0 (`on: push: tags: ['v*']`).");
  }
  const intent = version ? { kind: "explicit", version } : fromTag && tag !== void 0 ? { kind: "tag", tag, version: fromTag.version } : bump2 && tag === void 0 ? { kind: "bump", bump: bump2 } : void 0;
  let from;
  if (patterns.length > 0) {
    if (!intent || intent.kind !== "bump") from = { kind: "dists", patterns, intent };
  } else if (intent) {
    from = { kind: "project", intent };
  }
  return { from, tagPrefix, tagPrefixAuto };
}
function promoteFrom(get, event, tagPrefix, version, manifest2, problems) {
  if (get("bump")) problems.push("bump: a promote job releases the version in the stage job's manifest; remove bump from the promote step (keep it on the stage step).");
  if (get("dists")) problems.push("dists: a promote job takes the files from the staging index, as the manifest names them; remove dists from the promote step.");
  if (!manifest2) return void 0;
  if (version && !equal(version, manifest2.version)) problems.push(`version: '${version}' is not the manifest's version ${manifest2.version}.`);
  const tag = triggerTag(event);
  if (tag !== void 0) {
    const named = tagPrefix === void 0 ? anyTagVersion(tag) : tagVersion(tag, tagPrefix);
    if ("problem" in named) problems.push(`tag-prefix: ${named.problem}`);
    else if (!equal(named.version, manifest2.version)) problems.push(`manifest: it names ${manifest2.version}, but the run was started by the tag '${tag}'.`);
    else return { kind: "project", intent: { kind: "tag", tag, version: manifest2.version } };
    return void 0;
  }
  return { kind: "project", intent: { kind: "explicit", version: manifest2.version } };
}
function readManifest(raw, mode, problems) {
  if (mode !== "promote") {
    if (raw) problems.push(`manifest: only a promote job (\`mode: promote\`) takes a manifest; this step's mode is ${mode}.`);
    return void 0;
  }
  if (!raw) {
    problems.push("manifest: a promote job needs the stage job's manifest, e.g. `manifest: ${{ needs.stage.outputs.manifest }}`.");
    return void 0;
  }
  const parsed = parseManifest(raw);
  if ("problems" in parsed) {
    problems.push(...parsed.problems);
    return void 0;
  }
  return parsed.manifest;
}
function indexConfig(role, get, problems) {
  const token = get(`${role}-token`);
  const username = get(`${role}-username`) || TOKEN_USER;
  if (username.includes(":") || [...username].some((c) => c < " " || c === "\x7F")) {
    problems.push(`${role}-username: '${username}' has a ':' or a control character, which HTTP Basic authentication cannot carry.`);
  }
  const result = parseIndexUrls(get(`${role}-url`), get(`${role}-simple-url`) || void 0);
  if (!result.ok) {
    problems.push(`${role}-url: ${result.error}`);
    return void 0;
  }
  return { role, urls: result.urls, token, username };
}
function anyTagVersion(tag) {
  const named = tagVersion(tag, "");
  if ("version" in named || normalize(tag)) return named;
  return { problem: `the run was started by the tag '${tag}', which is not a version with or without a \`v\` (as v1.4.0 or 1.4.0): set \`tag-prefix\` to the prefix your tags use (e.g. 'release-' for release-1.4.0).` };
}

// src/http/errors.ts
function isRetryableStatus(status) {
  return status === 429 || status === 408 || status >= 500 && status <= 599 && status !== 501 && status !== 505;
}
var RETRYABLE_NETWORK_CODES = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "ENETUNREACH",
  "ENETDOWN",
  "EHOSTUNREACH",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "UND_ERR_RES_CONTENT_LENGTH_MISMATCH"
]);
function networkErrorCode(error2) {
  let current = error2;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    const code = current.code;
    if (typeof code === "string" && code !== "") return code;
    current = current.cause;
  }
  return void 0;
}
function isRetryableNetworkError(error2) {
  const code = networkErrorCode(error2);
  return code !== void 0 && RETRYABLE_NETWORK_CODES.has(code);
}
function describeNetworkError(error2) {
  const code = networkErrorCode(error2);
  const message = error2 instanceof Error ? error2.message : String(error2);
  return code && !message.includes(code) ? `${message} (${code})` : message;
}
function networkHint(error2) {
  const code = networkErrorCode(error2) ?? "";
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ALTNAME/.test(code)) {
    return "The TLS certificate was not accepted. A private index with its own CA needs NODE_EXTRA_CA_CERTS pointing at that CA.";
  }
  if (code === "ENOTFOUND") return "The host name does not resolve: check the URL for typos.";
  if (code === "UND_ERR_PRX_TLS" || /proxy/i.test(describeNetworkError(error2))) {
    return "The request went through the proxy named by HTTPS_PROXY / HTTP_PROXY and failed there: check the proxy, or list the host in NO_PROXY.";
  }
  return void 0;
}

// src/http/retry.ts
var DEFAULT_RETRY = { attempts: 4, baseDelayMs: 1e3, maxDelayMs: 3e4, maxRetryAfterMs: 12e4 };
async function withRetries(policy, deps, what, attempt, hooks) {
  for (let n = 1; ; n++) {
    let outcome;
    let cause;
    try {
      outcome = await attempt(n);
    } catch (error2) {
      if (isReleaseError(error2) || networkErrorCode(error2) === void 0) throw error2;
      if (!isRetryableNetworkError(error2)) {
        const hint = networkHint(error2);
        const failure = hooks.giveUp(describeNetworkError(error2), error2);
        throw hint === void 0 ? failure : new ReleaseError({ code: failure.code, message: failure.message, details: failure.details, hint, cause: error2 });
      }
      outcome = { kind: "retry", reason: describeNetworkError(error2), retryAfterMs: void 0 };
      cause = error2;
    }
    if (outcome.kind === "done") return outcome.value;
    if (n >= policy.attempts) throw hooks.giveUp(`${outcome.reason} (gave up after ${n} attempts)`, cause);
    const delay = pauseBefore(n + 1, policy, outcome.retryAfterMs);
    (hooks.announce ?? deps.log.warning)(`${what}: ${outcome.reason}. Retry ${n} of ${policy.attempts - 1} in ${(delay / 1e3).toFixed(1)} s.`);
    await deps.sleep(delay);
    if (hooks.beforeRetry) {
      const done = await hooks.beforeRetry();
      if (done !== void 0) return done;
    }
  }
}
function pauseBefore(n, policy, retryAfterMs2) {
  if (retryAfterMs2 !== void 0) return Math.min(retryAfterMs2, policy.maxRetryAfterMs);
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (n - 2));
  return Math.round(backoff / 2 + Math.random() * (backoff / 2));
}
function retryAfterMs(value, now) {
  if (value === void 0) return void 0;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1e3;
  const at = Date.parse(text);
  return Number.isNaN(at) ? void 0 : Math.max(0, at - now);
}

// src/index/errors.ts
import { STATUS_CODES } from "node:http";
function uploadTarget(urls2) {
  return `${urls2.label} (${displayUrl(urls2.upload)})`;
}
function listingTarget(urls2) {
  return `${urls2.label} (${displayUrl(urls2.simple)})`;
}
var MAX_MESSAGE = 600;
function serverMessage(answer) {
  const phrase = answer.statusText.trim();
  if (phrase !== "" && phrase.toLowerCase() !== (STATUS_CODES[answer.status] ?? "").toLowerCase()) {
    return clip(phrase);
  }
  const body = answer.body.trim();
  if (body === "") return phrase;
  if (/json/i.test(answer.contentType) || body.startsWith("{")) {
    try {
      const parsed = JSON.parse(body);
      if (typeof parsed === "object" && parsed !== null) {
        const record = parsed;
        for (const key of ["message", "detail", "error", "code"]) {
          const value = record[key];
          if (typeof value === "string" && value.trim() !== "") return clip(value.trim());
        }
      }
    } catch {
    }
  }
  const text = body.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, " ").replace(/<[^>]*>/g, " ").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, "&");
  const status = `${answer.status} `;
  const standard = (STATUS_CODES[answer.status] ?? "").toLowerCase();
  const lines = text.split("\n").map((l) => l.replace(/\s+/g, " ").trim()).map((l) => l.startsWith(status) ? l.slice(status.length) : l).filter((l) => l !== "" && l.toLowerCase() !== standard).filter((l) => !/^The server could not comply with the request/i.test(l)).filter((l) => !/^Access was denied to this resource\.?$/i.test(l));
  return clip([...new Set(lines)].join(" ") || phrase);
}
function redact(text, secrets) {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join("****");
  }
  return out;
}
function saysAlreadyExists(answer) {
  if (answer.status !== 400 && answer.status !== 409) return false;
  return /already exist/i.test(`${answer.statusText}
${answer.body}`);
}
function uploadRedirected(ctx, location, status) {
  const from = ctx.urls.upload.href;
  const to = location === void 0 ? void 0 : safeResolve(location, ctx.urls.upload);
  const where = to === void 0 ? "without saying where" : `to ${displayUrl(to)}`;
  const slash = to !== void 0 && to === (from.endsWith("/") ? from : `${from}/`);
  return new ReleaseError({
    code: "INDEX_REDIRECT",
    message: `Uploading ${ctx.filename}: ${uploadTarget(ctx.urls)} answered ${status}, a redirect ${where}. Uploads never follow redirects.`,
    hint: slash ? `The upload URL is missing its trailing slash: set it to ${displayUrl(to)}.` : to === void 0 ? "Check the upload URL: it must be the index's legacy upload endpoint, usually ending in /legacy/ (a missing trailing slash is the usual cause)." : `A missing trailing slash is the usual cause. If you trust ${displayUrl(to)}, set it as the upload URL and re-run.`
  });
}
function uploadRejected(answer, ctx) {
  const said = redact(serverMessage(answer), ctx.secrets);
  const quoted2 = said === "" ? "" : `: "${said}"`;
  const head = `Uploading ${ctx.filename} to ${uploadTarget(ctx.urls)} failed with ${answer.status}${quoted2}`;
  const { status } = answer;
  if (status === 401 || status === 403) {
    return new ReleaseError({
      code: "INDEX_AUTH",
      message: head,
      hint: authHint(said, ctx, status)
    });
  }
  if (/previously used by a file that has since been deleted/i.test(said)) {
    return new ReleaseError({
      code: "FILENAME_REUSED",
      message: head,
      hint: `${ctx.urls.label} never accepts a deleted file's name again. Release a new version (or a post release, e.g. 1.0.post1).`
    });
  }
  if (status === 400 && /Invalid attestations supplied during upload/i.test(said)) {
    return new ReleaseError({
      code: "ATTESTATION_REJECTED",
      message: head,
      hint: `${ctx.urls.label} checks that the attestation was signed by the trusted publisher it knows: the certificate's Build Config URI is the workflow that started the run, which for a reusable workflow is the caller, not the file registered. Register the workflow file that is triggered, or set \`attestations: false\` to upload without them.`
    });
  }
  return new ReleaseError({ code: "INDEX_REJECTED", message: head, hint: rejectedHint(said, status, ctx) });
}
function authHint(said, ctx, status) {
  if (ctx.account !== void 0) {
    return `${ctx.urls.label} refused the account '${ctx.account}' with the password given: check this index's username and token inputs (staging-username and staging-token, or production-username and production-token), and that the account may upload to this project.`;
  }
  if (status === 401) {
    return `${ctx.urls.label} wants credentials: set the token input for this index (or set up trusted publishing).`;
  }
  if (/isn't allowed to upload to project|not valid for project|scoped/i.test(said)) {
    return "The token is scoped to another project. A project-scoped token only uploads to that project; for a project that does not exist yet, use an account-wide token (or a pending trusted publisher) for the first upload.";
  }
  if (/username\/password/i.test(said)) {
    return "Only API tokens are accepted: the user name must be __token__ and the password a token starting with pypi-.";
  }
  if (/two-factor|verified primary email/i.test(said)) {
    return `The account that owns the token must meet ${ctx.urls.label}'s requirements: fix that in the account settings.`;
  }
  if (/read-only/i.test(said)) return `${ctx.urls.label} is read-only for now: re-run later.`;
  return `The token was refused. TestPyPI and PyPI are separate sites with separate accounts and tokens: check that this is a ${ctx.urls.label} token, that it has not expired or been revoked, and that its scope covers this project.`;
}
function rejectedHint(said, status, ctx) {
  if (status === 405 || status === 404) {
    return `${displayUrl(ctx.urls.upload)} does not take uploads. Check the upload URL: it must be the legacy upload endpoint (https://upload.pypi.org/legacy/, https://test.pypi.org/legacy/), not the simple index or a project page.`;
  }
  if (status === 413 || /too large/i.test(said)) {
    return `The file is larger than ${ctx.urls.label} accepts. Make it smaller, or ask the index for a higher limit.`;
  }
  if (status === 410) return "This upload API is retired on that server: check the upload URL.";
  if (status === 409) return "The index refused the project name. Pick another name.";
  if (/description failed to render/i.test(said)) {
    return "Fix the long description (README) or its Description-Content-Type; check it locally with `twine check`.";
  }
  if (/older than 14 days/i.test(said)) return "Release the files as a new version instead.";
  if (/only one sdist/i.test(said)) return "The release already has an sdist under another name: release a new version.";
  return `${ctx.urls.label} rejected the file as it is: fix what the message names in the project, build again and re-run. Nothing else was changed on the index.`;
}
function filenameReused(conflicts, urls2) {
  const names = conflicts.map((c) => c.filename).join(", ");
  const details = conflicts.flatMap((c) => [
    `${c.filename}:`,
    `  ours:   sha256 ${c.ours}`,
    c.theirs === void 0 ? `  theirs: not in the listing yet; the index said: ${c.serverSaid ?? "already exists"}` : `  theirs: sha256 ${c.theirs}`
  ]);
  return new ReleaseError({
    code: "FILENAME_REUSED",
    message: `${names} ${conflicts.length === 1 ? "is" : "are"} already on ${listingTarget(urls2)} with different contents.`,
    details,
    hint: "An index never replaces a file, and a filename once used cannot be used again. Release a new version (or a post release, e.g. 1.0.post1). If these bytes were meant to match, make the build reproducible (SOURCE_DATE_EPOCH)."
  });
}
function safeResolve(location, base) {
  try {
    return new URL(location, base).href;
  } catch {
    return void 0;
  }
}
function clip(text) {
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE)}\u2026` : text;
}
function unreachable(message, hint, cause) {
  return new ReleaseError({ code: "INDEX_UNREACHABLE", message, hint, cause });
}
function quote(message) {
  return message === "" ? "" : ` "${message}"`;
}

// src/index/auth.ts
function readCredentials(indexes, secret) {
  const scopes = [];
  for (const index of indexes) {
    if (index.username === TOKEN_USER || index.token === "") continue;
    const encoded = Buffer.from(`${index.username}:${index.token}`).toString("base64");
    secret?.(encoded);
    for (const url of [index.urls.upload, index.urls.simple]) {
      scopes.push({ origin: url.origin, path: url.pathname, header: `Basic ${encoded}` });
    }
  }
  if (scopes.length === 0) return void 0;
  return (url) => {
    let best;
    for (const scope of scopes) {
      if (scope.origin !== url.origin) continue;
      let shared = 0;
      while (shared < scope.path.length && scope.path[shared] === url.pathname[shared]) shared++;
      if (best === void 0 || shared > best.shared) best = { header: scope.header, shared };
    }
    return best?.header;
  };
}
var REMINT_MARGIN_MS = 5 * 6e4;
var DEFAULT_LIFETIME_MS = 15 * 6e4;
var MAX_BODY = 64 * 1024;
async function uploadAuth(index, project, deps, audience) {
  if (index.token) {
    const token = index.token;
    return { method: "token", token: async () => token };
  }
  let current = await mintToken(index.urls, project, deps, audience);
  return {
    method: "trusted-publishing",
    async token() {
      if (current.expiresAt - deps.now() < REMINT_MARGIN_MS) current = await mintToken(index.urls, project, deps, audience);
      return current.token;
    }
  };
}
var PINNED_AUDIENCES = [
  { audience: "pypi", hosts: ["pypi.org", "upload.pypi.org", "www.pypi.org"], index: "PyPI", uploadUrl: "https://upload.pypi.org/legacy/" },
  { audience: "testpypi", hosts: ["test.pypi.org", "upload.test.pypi.org"], index: "TestPyPI", uploadUrl: "https://test.pypi.org/legacy/" }
];
function pinnedAudience(urls2) {
  const url = urls2.upload;
  if (url.protocol !== "https:") return void 0;
  return PINNED_AUDIENCES.find((p) => p.hosts.includes(url.hostname.toLowerCase()))?.audience;
}
async function indexAudience(urls2, deps) {
  const pinned = pinnedAudience(urls2);
  if (pinned !== void 0) return pinned;
  let last;
  return withRetries(EXCHANGE_RETRY, deps, `Trusted publishing with ${urls2.label}`, async () => {
    try {
      return { kind: "done", value: checkAudience(await readAudience(urls2, deps), urls2) };
    } catch (error2) {
      if (!(error2 instanceof Transient)) throw error2;
      last = error2.failure;
      return { kind: "retry", reason: error2.failure.message, retryAfterMs: error2.retryAfterMs };
    }
  }, { giveUp: (reason2) => last ?? new ReleaseError({ code: "INDEX_UNREACHABLE", message: `Trusted publishing with ${urls2.label} failed: ${reason2}` }) });
}
function checkAudience(audience, urls2) {
  const owner = PINNED_AUDIENCES.find((p) => p.audience === audience.trim().toLowerCase());
  if (!owner) return audience;
  throw new ReleaseError({
    code: "TRUSTED_PUBLISHING_AUDIENCE",
    message: `${urls2.label} asked for the OIDC audience '${audience}', which is ${owner.index}'s: the job's token for it could publish to ${owner.index} as your project, so none was requested.`,
    hint: `Only ${owner.hosts[0]} gets a token for '${owner.audience}'. If ${urls2.label} is a private index, configure its trusted publishing with an audience of its own, or give it an API token (its *-token input). If you meant ${owner.index}, set the URL to ${owner.uploadUrl}.`
  });
}
async function distinctAudiences(indexes, deps) {
  const staging = indexes.staging && await indexAudience(indexes.staging, deps);
  const production = indexes.production && await indexAudience(indexes.production, deps);
  if (staging !== void 0 && staging === production) {
    throw new ReleaseError({
      code: "TRUSTED_PUBLISHING_AUDIENCE",
      message: `Staging (${indexes.staging.label}) and production (${indexes.production.label}) both ask for the OIDC audience '${staging}': either could use the job's token to publish to the other, so none was requested.`,
      hint: "Give each index an audience of its own in its trusted-publishing setup, or give one of them an API token (staging-token or production-token)."
    });
  }
  return { staging, production };
}
var EXCHANGE_ATTEMPTS = 3;
var EXCHANGE_RETRY = { ...DEFAULT_RETRY, attempts: EXCHANGE_ATTEMPTS };
var Transient = class extends Error {
  constructor(failure, retryAfterMs2) {
    super(failure.message);
    this.failure = failure;
    this.retryAfterMs = retryAfterMs2;
  }
  failure;
  retryAfterMs;
};
async function mintToken(urls2, project, deps, audience) {
  let last;
  return withRetries(EXCHANGE_RETRY, deps, `Trusted publishing with ${urls2.label}`, async () => {
    try {
      return { kind: "done", value: await exchangeOnce(urls2, project, deps, audience) };
    } catch (error2) {
      if (!(error2 instanceof Transient)) throw error2;
      last = error2.failure;
      return { kind: "retry", reason: error2.failure.message, retryAfterMs: error2.retryAfterMs };
    }
  }, { giveUp: (reason2) => last ?? new ReleaseError({ code: "INDEX_UNREACHABLE", message: `Trusted publishing with ${urls2.label} failed: ${reason2}` }) });
}
async function exchangeOnce(urls2, project, deps, known) {
  const audience = known ?? pinnedAudience(urls2) ?? checkAudience(await readAudience(urls2, deps), urls2);
  const jwt = await requestIdToken(audience, urls2, deps);
  deps.secret?.(jwt);
  const claims = identityOf(jwt);
  const minted = await exchange2(jwt, claims, urls2, project, deps);
  const left = Math.round((minted.expiresAt - deps.now()) / 6e4);
  deps.log.info(
    `Trusted publishing: ${urls2.label} accepted ${describeJob(claims)} and issued an upload token for ${project}, valid ${left} min.`
  );
  return minted;
}
function oidcUrl(urls2, endpoint) {
  return new URL(`/_/oidc/${endpoint}`, urls2.upload.origin);
}
async function call(url, init, deps, fail) {
  let answer;
  try {
    answer = await fetchText(url, { ...init, deadlineMs: API_DEADLINE_MS }, deps, { limit: MAX_BODY, overflow: "truncate" });
  } catch (cause) {
    const failure = fail(describeNetworkError(cause), cause);
    throw isRetryableNetworkError(cause) ? new Transient(failure) : failure;
  }
  if (isRetryableStatus(answer.status)) {
    throw new Transient(fail(`HTTP ${answer.status}${excerpt(answer.body)}`), retryAfterMs(answer.retryAfter, deps.now()));
  }
  return { status: answer.status, body: answer.body };
}
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function field(value, name) {
  return typeof value === "object" && value !== null ? value[name] : void 0;
}
function excerpt(body) {
  const line = body.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim().slice(0, 200);
  return line ? `: ${line}` : "";
}
function noTokenHint(index) {
  return `Give an API token for ${index} instead (its *-token input), or use an index that supports trusted publishing (PyPI, TestPyPI). If you meant to give a token: a secret that is not set, or not available to this workflow, arrives empty.`;
}
async function readAudience(urls2, deps) {
  const url = oidcUrl(urls2, "audience");
  const answer = await call(url, { method: "GET", headers: { accept: "application/json" } }, deps, (what, cause) => new ReleaseError({
    code: "INDEX_UNREACHABLE",
    message: `No token was given for ${urls2.label}, so trusted publishing was tried, but ${displayUrl(url)} failed: ${what}.`,
    hint: networkHint(cause) ?? `Is ${urls2.upload.origin} up? ${noTokenHint(urls2.label)}`,
    cause
  }));
  const audience = field(parseJson(answer.body), "audience");
  if (answer.status === 200 && typeof audience === "string" && audience !== "") return audience;
  const message = field(parseJson(answer.body), "message");
  const why = answer.status === 404 || answer.status === 405 ? `${displayUrl(url)} does not exist (HTTP ${answer.status}): ${urls2.label} does not support trusted publishing.` : `${displayUrl(url)} answered HTTP ${answer.status}${typeof message === "string" ? `: ${message}` : excerpt(answer.body)}.`;
  throw new ReleaseError({
    code: "TRUSTED_PUBLISHING_UNSUPPORTED",
    message: `No token was given for ${urls2.label}, so trusted publishing was tried: ${why}`,
    hint: noTokenHint(urls2.label)
  });
}
function noIdToken(indexes, env) {
  if (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) return void 0;
  return new ReleaseError({
    code: "TRUSTED_PUBLISHING_NO_ID_TOKEN",
    message: `No token was given for ${indexes}, and this job cannot get an OIDC token for trusted publishing: ${!env.ACTIONS_ID_TOKEN_REQUEST_URL ? "ACTIONS_ID_TOKEN_REQUEST_URL" : "ACTIONS_ID_TOKEN_REQUEST_TOKEN"} is not set.`,
    hint: "GitHub gives a job an OIDC token only with `permissions: id-token: write` (on the job, or the workflow), and never to a workflow run by a pull request from a fork. Add the permission, or give an API token (staging-token / production-token). A pull request from a fork can still check a release with `dry-run: true`."
  });
}
function requireIdToken(config, env) {
  const without = config.uploadsTo.filter((i) => !i.token).map((i) => `${i.urls.label} (${i.role}-token)`);
  const missing = without.length > 0 ? noIdToken(without.join(" and "), env) : void 0;
  if (missing) throw missing;
}
async function requestIdToken(audience, urls2, deps) {
  const missing = noIdToken(urls2.label, deps.env);
  if (missing) throw missing;
  const request = idTokenRequest(deps.env, audience);
  if (!("url" in request)) {
    throw new ReleaseError({ code: "TRUSTED_PUBLISHING_NO_ID_TOKEN", message: UNSAFE_REQUEST_URL, hint: UNSAFE_REQUEST_HINT });
  }
  const { url, bearer } = request;
  const answer = await call(url, { method: "GET", headers: { authorization: `bearer ${bearer}`, accept: "application/json" } }, deps, (what, cause) => new ReleaseError({
    code: "TRUSTED_PUBLISHING_NO_ID_TOKEN",
    message: `Requesting the job's OIDC token from GitHub (audience ${audience}) failed: ${redact(what, [bearer])}.`,
    hint: "GitHub's token service or the way to it failed: re-run the job.",
    cause
  }));
  const value = idTokenIn(answer.status, answer.body);
  if (value === void 0) {
    throw new ReleaseError({
      code: "TRUSTED_PUBLISHING_NO_ID_TOKEN",
      message: `GitHub did not give the job an OIDC token for audience ${audience}: HTTP ${answer.status}${redact(excerpt(answer.body), [bearer])}.`,
      hint: "The job needs `permissions: id-token: write`. If it has it, this is GitHub's side: re-run the job."
    });
  }
  return value;
}
function identityOf(jwt) {
  let claims = {};
  try {
    claims = JSON.parse(Buffer.from(jwt.split(".")[1] ?? "", "base64url").toString("utf8"));
  } catch {
  }
  const text = (name) => typeof claims[name] === "string" ? claims[name] : void 0;
  const jobWorkflowRef = text("job_workflow_ref");
  return {
    repository: text("repository"),
    jobWorkflowRef,
    workflowRef: text("workflow_ref"),
    workflowFile: jobWorkflowRef && /([^/]+\.ya?ml)(?=@)/.exec(jobWorkflowRef)?.[1],
    environment: text("environment"),
    ref: text("ref"),
    eventName: text("event_name")
  };
}
function describeJob(c) {
  const parts = [
    `repository ${c.repository ?? "(none)"}`,
    `workflow ${c.workflowFile ?? c.jobWorkflowRef ?? "(none)"}`,
    `environment ${c.environment ? c.environment : "(none)"}`
  ];
  return `the job's OIDC token (${parts.join(", ")})`;
}
function publisherPages(urls2, project) {
  if (urls2.label !== "PyPI" && urls2.label !== "TestPyPI") return `the trusted publishers of ${project} on ${urls2.label}`;
  const origin = new URL(urls2.projectPage(project)).origin;
  return `${origin}/manage/project/${encodeURIComponent(project)}/settings/publishing/ (before the project's first upload: a pending publisher at ${origin}/manage/account/publishing/)`;
}
function refusalHint(code, c, urls2, project) {
  const where = publisherPages(urls2, project);
  switch (code) {
    case "invalid-publisher": {
      const reusable = c.jobWorkflowRef && c.workflowRef && c.jobWorkflowRef.split("@")[0] !== c.workflowRef.split("@")[0];
      return [
        `${urls2.label} has no trusted publisher for ${project} that matches this job: repository ${c.repository ?? "?"}, workflow file ${c.workflowFile ?? "?"}, environment ${c.environment ? `'${c.environment}'` : "(none)"}. A publisher matches when it names that repository and workflow file, and either no environment or exactly the job's. Register or correct it at ${where}, or run the job where the publisher expects it (its workflow file; \`environment:\` on the job). TestPyPI and PyPI each need their own publisher.`,
        reusable ? `This job runs in a reusable workflow (${c.jobWorkflowRef}, called by ${c.workflowRef}): the publisher must name the called file, ${c.workflowFile ?? "?"}, and it must live in the same repository.` : "",
        c.eventName === "pull_request_target" ? "Workflows run by pull_request_target cannot publish: PyPI refuses them." : ""
      ].filter((l) => l !== "").join("\n");
    }
    case "invalid-token":
      return "The index refused the OIDC token itself: it expired before it was used (the runner's clock, or a long pause between steps), or it was issued for another audience or by another issuer than the index trusts. Re-run the job; if it persists, check that the upload URL is the index's own.";
    case "invalid-reuse-token":
      return "Each OIDC token is good for one exchange and this one was used already. Re-run the job.";
    case "invalid-pending-publisher":
      return `A pending publisher was registered for ${project}, but the project already exists: register the publisher on the project itself, at ${where}.`;
    case "not-enabled":
      return `Trusted publishing is switched off on ${urls2.label} for now. Give an API token instead, or try later.`;
    default:
      return `Check the trusted publisher of ${project} on ${urls2.label} (${where}), or give an API token instead.`;
  }
}
async function exchange2(jwt, claims, urls2, project, deps) {
  const url = oidcUrl(urls2, "mint-token");
  const answer = await call(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ token: jwt })
  }, deps, (what, cause) => new ReleaseError({
    code: "INDEX_UNREACHABLE",
    message: `Exchanging the job's OIDC token at ${displayUrl(url)} failed: ${redact(what, [jwt])}.`,
    hint: networkHint(cause) ?? `${urls2.label} or the way to it failed: re-run the job.`,
    cause
  }));
  const body = parseJson(answer.body);
  const token = field(body, "token");
  if (answer.status === 200 && typeof token === "string" && token !== "") {
    deps.secret?.(token);
    const expires = field(body, "expires");
    const expiresAt = typeof expires === "number" && expires > 0 ? expires * 1e3 : deps.now() + DEFAULT_LIFETIME_MS;
    return { token, expiresAt, claims };
  }
  const errors = field(body, "errors");
  const listed = Array.isArray(errors) ? errors.map((e) => ({ code: field(e, "code"), description: field(e, "description") })).filter((e) => typeof e.code === "string" && typeof e.description === "string") : [];
  const message = field(body, "message");
  const secrets = [jwt, ...typeof token === "string" && token !== "" ? [token] : []];
  throw new ReleaseError({
    code: "TRUSTED_PUBLISHING_REFUSED",
    message: `${urls2.label} refused to exchange ${describeJob(claims)} for an upload token for ${project} (HTTP ${answer.status}${typeof message === "string" ? `: ${redact(message, secrets)}` : listed.length === 0 ? redact(excerpt(answer.body), secrets) : ""}).`,
    details: listed.map((e) => `${e.code}: ${redact(e.description, secrets)}`),
    hint: refusalHint(listed[0]?.code, claims, urls2, project)
  });
}

// src/index/resume.ts
import path8 from "node:path";

// src/dists/inspect.ts
import { basename as basename3, resolve as resolve2 } from "node:path";

// src/dists/archive.ts
var tar = __toESM(require_tar_stream(), 1);
var yauzl = __toESM(require_yauzl(), 1);
import { createReadStream } from "node:fs";
import { open as open2 } from "node:fs/promises";
import { posix } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
var MAX_MEMBER_BYTES = 16 * 1024 * 1024;
function pathProblem(name) {
  if (name === "") return "empty path";
  if (/[\x00-\x1f\x7f]/.test(name)) return "control character in the path";
  if (name.includes("\\")) return "backslash in the path";
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) return "absolute path";
  if (name.split("/").includes("..")) return "'..' segment in the path";
  return void 0;
}
async function readZip(path25, pick = () => []) {
  const zip = await openZip(path25);
  try {
    const raw = /* @__PURE__ */ new Map();
    const entries = [];
    for await (const entry of zip.eachEntry()) {
      const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
      entries.push({
        name,
        compressionMethod: entry.compressionMethod,
        compressedSize: entry.compressedSize,
        uncompressedSize: entry.uncompressedSize,
        dataDescriptor: (entry.generalPurposeBitFlag & 8) !== 0,
        hasComment: entry.fileCommentLength > 0
      });
      raw.set(name, entry);
    }
    const members = /* @__PURE__ */ new Map();
    for (const name of pick(entries)) {
      const entry = raw.get(name);
      if (entry === void 0 || members.has(name)) continue;
      const problem = pathProblem(name);
      if (problem !== void 0) throw new Error(`refusing to read '${name}': ${problem}`);
      if (entry.uncompressedSize > MAX_MEMBER_BYTES) {
        throw new Error(`'${name}' is ${entry.uncompressedSize} bytes, more than the ${MAX_MEMBER_BYTES} read for a metadata file`);
      }
      members.set(name, await collect(await zip.openReadStreamPromise(entry), name));
    }
    return { entries, members };
  } finally {
    zip.close();
  }
}
var ZipTrailingData = class extends Error {
};
function endFollowedByData(end) {
  for (let at = end.lastIndexOf(EOCD_SIGNATURE); at >= 0; at = at === 0 ? -1 : end.lastIndexOf(EOCD_SIGNATURE, at - 1)) {
    if (at + 22 <= end.length && at + 22 + end.readUInt16LE(at + 20) < end.length) return true;
  }
  return false;
}
var EOCD_SIGNATURE = Buffer.from([80, 75, 5, 6]);
async function openZip(path25) {
  const handle = await open2(path25, "r");
  let reader;
  let end;
  try {
    const { size } = await handle.stat();
    end = Buffer.alloc(Math.min(size, 22 + 65535));
    await handle.read(end, 0, end.length, size - end.length);
    const start = await tailStart(handle, size, end);
    const tail2 = Buffer.alloc(size - start);
    await handle.read(tail2, 0, tail2.length, start);
    reader = new TailReader(handle, tail2, start, path25);
  } catch (error2) {
    await handle.close();
    throw error2;
  }
  try {
    return await yauzl.fromRandomAccessReaderPromise(reader, reader.size, { decodeStrings: false, autoClose: false });
  } catch (error2) {
    await handle.close();
    if (endFollowedByData(end)) throw new ZipTrailingData(error2.message);
    throw error2;
  }
}
var BEFORE_DIRECTORY = 1 << 20;
var MAX_TAIL = 64 << 20;
async function tailStart(handle, size, end) {
  const length = end.length;
  const at = end.lastIndexOf(EOCD_SIGNATURE);
  let directory = size - length;
  if (at >= 0 && at + 22 <= length) {
    directory = end.readUInt32LE(at + 16);
    if (directory === 4294967295 && at >= 20 && end.readUInt32LE(at - 20) === 117853008) {
      const record = Buffer.alloc(56);
      const { bytesRead } = await handle.read(record, 0, 56, Number(end.readBigUInt64LE(at - 12)));
      directory = bytesRead === 56 ? Number(record.readBigUInt64LE(48)) : size - length;
    }
  }
  const start = Math.max(0, Math.min(directory, size) - BEFORE_DIRECTORY, size - MAX_TAIL);
  return Math.min(start, size - length);
}
var TailReader = class extends yauzl.RandomAccessReader {
  constructor(handle, tail2, start, path25) {
    super();
    this.handle = handle;
    this.tail = tail2;
    this.start = start;
    this.path = path25;
  }
  handle;
  tail;
  start;
  path;
  get size() {
    return this.start + this.tail.length;
  }
  read(buffer, offset, length, position, callback) {
    if (position >= this.start && position + length <= this.size) {
      this.tail.copy(buffer, offset, position - this.start, position - this.start + length);
      setImmediate(callback, null);
      return;
    }
    this.handle.read(buffer, offset, length, position).then(
      ({ bytesRead }) => callback(bytesRead === length ? null : new Error("unexpected end of file")),
      (error2) => callback(error2)
    );
  }
  _readStreamForRange(start, end) {
    if (start >= this.start) return Readable.from([this.tail.subarray(start - this.start, end - this.start)]);
    return createReadStream(this.path, { start, end: end - 1 });
  }
  close(callback) {
    this.handle.close().then(() => callback(null), (error2) => callback(error2));
  }
};
var SDIST_LIMITS = { maxMembers: 2e5, maxUnpackedBytes: 4 * 1024 ** 3 };
var ArchiveLimitExceeded = class extends Error {
  constructor(limit, value, max) {
    super(limit === "members" ? `it has more than ${max} members` : `it unpacks to more than ${max} bytes`);
    this.limit = limit;
    this.value = value;
    this.max = max;
  }
  limit;
  value;
  max;
  name = "ArchiveLimitExceeded";
};
function tarGzReader(pick = () => false, limits = SDIST_LIMITS) {
  const gunzip = createGunzip();
  const extract2 = tar.extract();
  let failure;
  const flowing = pipeline(gunzip, extract2).catch((error2) => {
    failure ??= error2;
  });
  const members = [];
  const files = /* @__PURE__ */ new Map();
  let unpacked = 0;
  const listing = (async () => {
    for await (const entry of extract2) {
      const { header: header3 } = entry;
      unpacked += 512 + Math.ceil((header3.size ?? 0) / 512) * 512;
      if (members.length >= limits.maxMembers) throw new ArchiveLimitExceeded("members", members.length + 1, limits.maxMembers);
      if (unpacked > limits.maxUnpackedBytes) throw new ArchiveLimitExceeded("bytes", unpacked, limits.maxUnpackedBytes);
      const member = {
        name: header3.type === "directory" ? header3.name.replace(/\/+$/, "") : header3.name,
        type: header3.type ?? "unknown",
        size: header3.size ?? 0,
        linkname: header3.linkname ?? void 0
      };
      members.push(member);
      const wanted = (member.type === "file" || member.type === "contiguous-file") && pick(member);
      if (wanted && member.size > MAX_MEMBER_BYTES) {
        throw new Error(`'${member.name}' is ${member.size} bytes, more than the ${MAX_MEMBER_BYTES} read for a metadata file`);
      }
      if (wanted) files.set(member.name, await collect(entry, member.name));
      else entry.resume();
    }
  })().catch((error2) => {
    failure ??= error2;
    gunzip.destroy();
  });
  return {
    write: (chunk) => failure === void 0 ? consumed(gunzip, chunk) : Promise.resolve(),
    end: async () => {
      if (!gunzip.destroyed) gunzip.end();
      await Promise.all([flowing, listing]);
      if (failure !== void 0) throw failure;
      return { members, files };
    }
  };
}
function topLevelNames(names) {
  const tops = /* @__PURE__ */ new Set();
  for (const name of names) tops.add(name.split("/")[0]);
  return [...tops];
}
function tarMemberProblem(member) {
  const path25 = pathProblem(member.name);
  if (path25 !== void 0) return path25;
  switch (member.type) {
    case "file":
    case "contiguous-file":
    case "directory":
      return void 0;
    case "symlink": {
      const target = member.linkname ?? "";
      if (target === "" || target.startsWith("/") || /^[A-Za-z]:/.test(target)) return `symlink to '${target}'`;
      const resolved = posix.normalize(posix.join(posix.dirname(member.name), target));
      const top = member.name.split("/")[0];
      if (resolved.split("/")[0] !== top) return `symlink to '${target}' leaves '${top}/'`;
      return void 0;
    }
    case "link": {
      const target = member.linkname ?? "";
      const problem = pathProblem(target);
      return problem === void 0 ? void 0 : `hard link to '${target}': ${problem}`;
    }
    default:
      return `${member.type === "unknown" ? "unsupported" : member.type} member`;
  }
}
function consumed(stream, chunk) {
  return new Promise((resolve4) => {
    if (stream.destroyed) return resolve4();
    const done = () => {
      stream.off("close", done);
      resolve4();
    };
    stream.once("close", done);
    stream.write(chunk, done);
  });
}
async function collect(stream, name) {
  const chunks = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = chunk;
    size += bytes.length;
    if (size > MAX_MEMBER_BYTES) throw new Error(`'${name}' is larger than the ${MAX_MEMBER_BYTES} bytes read for a metadata file`);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, size);
}

// src/dists/metadata.ts
function parseCoreMetadata(text) {
  const headers = {};
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  let i = 0;
  let last;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line === "") break;
    if (/^[ \t]/.test(line) && last) {
      const values2 = headers[last.key];
      values2[last.index] += "\n" + line.replace(/^ {7}\|?|^\t/, "");
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    (headers[key] ??= []).push(value);
    last = { key, index: headers[key].length - 1 };
  }
  const rest = lines.slice(i + 1).join("\n");
  return { headers, body: i < lines.length && rest.length > 0 ? rest : void 0 };
}
function field2(metadata, name) {
  return metadata.headers[name.toLowerCase()]?.[0];
}

// src/dists/entry-points.ts
var NOT_UTF8 = "\uFFFF<entry_points.txt is not UTF-8>";
var REFERENCE = /^[\p{L}\p{N}_.]+\s*(?::\s*[\p{L}\p{N}_.]+\s*)?(?:\[.*\]\s*)?$/u;
function entryPointProblems(text) {
  const problems = [];
  let inGroup = false;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    const at = `line ${index + 1}`;
    if (line === "" || line.startsWith("#")) return;
    if (line.startsWith("[") && line.endsWith("]")) {
      inGroup = true;
      return;
    }
    if (!inGroup) return;
    const eq = line.indexOf("=");
    if (eq < 0) {
      problems.push(`${at}: '${line}' is not 'name = module:attr'`);
      return;
    }
    const reference = line.slice(eq + 1).trim();
    if (line.slice(0, eq).trim() === "") problems.push(`${at}: '${line}' has no name`);
    else if (!REFERENCE.test(reference)) problems.push(`${at}: '${reference}' is not an object reference 'module:attr'`);
  });
  return problems;
}
var SCRIPT_NAME = /^[\p{L}\p{N}_.-]+$/u;
var SCRIPT_GROUPS = /* @__PURE__ */ new Set(["console_scripts", "gui_scripts"]);
function warehouseEntryPointProblems(text) {
  const problems = [];
  const sections = /* @__PURE__ */ new Map();
  let section;
  let option;
  let indent = Number.MAX_SAFE_INTEGER;
  text.split("\n").forEach((line, index) => {
    const at = `line ${index + 1}`;
    const value = line.trim();
    if (value === "" || value.startsWith("#") || value.startsWith(";")) return;
    const level = line.length - line.trimStart().length;
    if (section !== void 0 && option !== void 0 && level > indent) return;
    indent = level;
    const header3 = /^\[(.+)\]/.exec(value);
    if (header3) {
      const name2 = header3[1];
      if (name2 !== "DEFAULT" && sections.has(name2)) problems.push(`${at}: the section [${name2}] appears twice`);
      if (!sections.has(name2)) sections.set(name2, /* @__PURE__ */ new Map());
      section = name2;
      option = void 0;
      return;
    }
    if (section === void 0) {
      problems.push(`${at}: '${value}' comes before the first [section]`);
      return;
    }
    const eq = value.indexOf("=");
    if (eq < 0) {
      problems.push(`${at}: '${value}' has no '='`);
      return;
    }
    const name = value.slice(0, eq).trimEnd();
    if (name === "") {
      problems.push(`${at}: '${value}' has no name`);
      return;
    }
    option = name;
    const given = sections.get(section);
    if (given.has(name)) problems.push(`${at}: '${name}' appears twice in [${section}]`);
    else given.set(name, index + 1);
  });
  const defaults2 = sections.get("DEFAULT") ?? /* @__PURE__ */ new Map();
  for (const group2 of SCRIPT_GROUPS) {
    const given = sections.get(group2);
    if (!given) continue;
    for (const [name, line] of [...given, ...defaults2]) {
      if (!SCRIPT_NAME.test(name)) problems.push(`line ${line}: the script name '${name}' in [${group2}] is not letters, digits, '_', '.' and '-'`);
    }
  }
  return problems;
}

// src/dists/record.ts
var NODE_NAMES = {
  sha256: "sha256",
  sha384: "sha384",
  sha512: "sha512",
  sha3_256: "sha3-256",
  sha3_384: "sha3-384",
  sha3_512: "sha3-512",
  // hashlib's defaults: 64- and 32-byte digests.
  blake2b: "blake2b512",
  blake2s: "blake2s256"
};
function nodeAlgorithm(algorithm) {
  return NODE_NAMES[algorithm];
}
function unrecorded(path25, distInfo) {
  return path25 === `${distInfo}/RECORD` || path25 === `${distInfo}/RECORD.jws` || path25 === `${distInfo}/RECORD.p7s`;
}
function parseRecord(text) {
  const rows = [];
  const problems = [];
  let line = 0;
  for (const fields of csvRows(text)) {
    line = fields.line;
    if (fields.values.length === 0 || fields.values.length === 1 && fields.values[0] === "") continue;
    if (fields.values.length !== 3) {
      problems.push(`RECORD line ${line} has ${fields.values.length} field${fields.values.length === 1 ? "" : "s"}, not the 3 of 'path,hash,size'`);
      continue;
    }
    const [path25, hash, size] = fields.values;
    let algorithm;
    let digest;
    if (hash !== "") {
      const eq = hash.indexOf("=");
      if (eq <= 0) {
        problems.push(`RECORD line ${line} has the hash '${hash}', not 'algorithm=digest'`);
        continue;
      }
      algorithm = hash.slice(0, eq);
      digest = hash.slice(eq + 1);
    }
    if (size !== "" && !/^\d+$/.test(size)) {
      problems.push(`RECORD line ${line} has the size '${size}', not a number of bytes`);
      continue;
    }
    rows.push({ path: path25, algorithm, digest, size: size === "" ? void 0 : Number(size), line });
  }
  return { rows, problems };
}
function recordProblems(rows, files, contents, distInfo) {
  const problems = [];
  const listed = /* @__PURE__ */ new Map();
  for (const row of rows) {
    if (listed.has(row.path)) problems.push(`RECORD lists '${row.path}' twice (lines ${listed.get(row.path).line} and ${row.line})`);
    else listed.set(row.path, row);
  }
  const present = new Set(files);
  for (const path25 of files) {
    if (!listed.has(path25) && !unrecorded(path25, distInfo)) problems.push(`'${path25}' is in the wheel but not in RECORD`);
  }
  for (const row of listed.values()) {
    if (!present.has(row.path)) {
      problems.push(`RECORD lists '${row.path}', which is not in the wheel`);
      continue;
    }
    if (unrecorded(row.path, distInfo)) continue;
    if (row.algorithm === void 0) {
      problems.push(`RECORD gives no hash for '${row.path}'`);
      continue;
    }
    if (nodeAlgorithm(row.algorithm) === void 0) {
      problems.push(`RECORD hashes '${row.path}' with ${row.algorithm}, which wheels may not use (sha256 or stronger)`);
      continue;
    }
    const content = contents.get(row.path);
    if (content === void 0) continue;
    if (row.size !== void 0 && row.size !== content.size) {
      problems.push(`'${row.path}' is ${content.size} bytes, RECORD says ${row.size}`);
    }
    if (content.algorithm === row.algorithm && content.digest !== row.digest) {
      problems.push(`'${row.path}' does not match RECORD: its ${row.algorithm} is ${content.digest}, RECORD says ${row.digest}`);
    }
  }
  return problems;
}
function* csvRows(text) {
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const start = line;
    const values2 = [];
    let value = "";
    let quoted2 = false;
    let inQuotes = false;
    for (; i < text.length; i++) {
      const c = text[i];
      if (inQuotes) {
        if (c === '"' && text[i + 1] === '"') {
          value += '"';
          i++;
        } else if (c === '"') inQuotes = false;
        else {
          if (c === "\n") line++;
          value += c;
        }
      } else if (c === '"' && value === "" && !quoted2) {
        inQuotes = true;
        quoted2 = true;
      } else if (c === ",") {
        values2.push(value);
        value = "";
        quoted2 = false;
      } else if (c === "\n" || c === "\r") {
        if (c === "\r" && text[i + 1] === "\n") i++;
        i++;
        line++;
        break;
      } else value += c;
    }
    values2.push(value);
    yield { values: values2.length === 1 && values2[0] === "" ? [] : values2, line: start };
  }
}

// src/dists/rules-archive.ts
var RATIO_MIN_SIZE = 64 * 1024 * 1024;
var RATIO_LIMIT = 50;
var ZIP_DOCS = "See https://docs.pypi.org/archives for more information";
var ZIP_HINT = "Two zip readers would see different files in it (one going by the local headers, one by the central directory). Build the wheel with a standard build backend rather than zipping, concatenating or editing it by hand.";
function* archiveReadable({ facts }) {
  const { archive } = facts;
  if (archive === void 0 || !("unreadable" in archive)) return;
  if (archive.structureProblem !== void 0) {
    yield { message: `Invalid distribution file. ZIP archive not accepted: ${archive.structureProblem}. ${ZIP_DOCS}`, hint: ZIP_HINT };
    return;
  }
  yield {
    message: `Invalid distribution file. File is not a ${archive.format === "zip" ? "zipfile" : "tarfile"}`,
    hint: `Reading it failed: ${archive.unreadable}. Build it again; a truncated download or a renamed file looks like this.`
  };
}
function* zipLimits({ facts }) {
  const { archive } = facts;
  if (archive?.format !== "zip" || !("entries" in archive)) return;
  const unpacked = archive.entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (unpacked > RATIO_MIN_SIZE && unpacked / Math.max(facts.size, 1) > RATIO_LIMIT) {
    yield {
      message: `Invalid distribution file. File exceeds compression ratio of ${RATIO_LIMIT}`,
      hint: `It unpacks to ${unpacked} bytes from ${facts.size}: PyPI takes that for a decompression bomb. Leave generated or repetitive data out of the wheel.`
    };
  }
  if (archive.entries.some((e) => e.compressionMethod !== 0 && e.compressionMethod !== 8)) {
    yield {
      message: "Invalid distribution file. File does not use a supported compression type",
      hint: "Wheels must be stored or deflated (zip methods 0 and 8); rebuild without bzip2/lzma/zstd."
    };
  }
}
function* zipStructure({ facts }) {
  const { archive } = facts;
  if (archive?.format !== "zip" || !("entries" in archive)) return;
  const reasons = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  for (const entry of archive.entries) {
    if (/[\x00-\x1f\x7f]/.test(entry.name)) reasons.add("Invalid character in filename");
    if (seen.has(entry.name)) reasons.add("Duplicate filename in central directory");
    seen.add(entry.name);
    if (entry.hasComment) reasons.add("Comment in central directory");
    if (entry.dataDescriptor) reasons.add("ZIP contains a data descriptor");
  }
  if (archive.structureProblem !== void 0) reasons.add(archive.structureProblem);
  for (const reason2 of reasons) {
    yield { message: `Invalid distribution file. ZIP archive not accepted: ${reason2}. ${ZIP_DOCS}`, hint: ZIP_HINT };
  }
}
function* unsafePaths({ facts }) {
  const { archive } = facts;
  if (archive === void 0 || "unreadable" in archive) return;
  const problems = archive.format === "zip" ? archive.entries.map((e) => [e.name, pathProblem(e.name)]) : archive.members.map((m) => [m.name, tarMemberProblem(m)]);
  for (const [name, problem] of problems) {
    if (problem === void 0 || archive.format === "zip" && problem.startsWith("control character")) continue;
    yield {
      message: `Invalid distribution file. Unsafe member '${name}': ${problem}.`,
      hint: "Extracting it would write outside the target directory: the build must not include it. Check the backend's include/exclude settings and symlinks in the project tree."
    };
  }
}
function* wheelContents({ facts }) {
  const { archive, filename } = facts;
  if (!filename.endsWith(".whl") || archive?.format !== "zip" || !("entries" in archive)) return;
  const dir = wheelDistInfoDir(filename);
  if (dir === void 0) {
    yield { message: "Invalid distribution file. Unable to parse name and version from wheel filename" };
    return;
  }
  const names = new Set(archive.entries.map((e) => e.name));
  const others = [...new Set(archive.entries.map((e) => e.name.split("/")[0]))].filter(
    (top) => top.endsWith(".dist-info") && top !== dir
  );
  const hint = others.length > 0 ? `The wheel's metadata is in '${others.join("', '")}/', not '${dir}/' as its file name says: was the file renamed, or did the backend write a non-normalized name?` : "Build the wheel with a PEP 517 build backend; a wheel needs a .dist-info directory named after its file name.";
  if (!names.has(`${dir}/WHEEL`)) yield { message: `Invalid distribution file. WHEEL not found at ${dir}/WHEEL`, hint };
  if (!names.has(`${dir}/RECORD`)) {
    yield { message: `Wheel '${filename}' does not contain the required RECORD file: ${dir}/RECORD`, hint };
  }
  if (!names.has(`${dir}/METADATA`)) {
    yield { message: `Wheel '${filename}' does not contain the required METADATA file: ${dir}/METADATA`, hint };
  }
}
var RECORD_HINT = "The wheel was changed after its build backend wrote it (a file added, removed or edited, or RECORD edited by hand). Build it again, or repack it with `wheel pack`, which writes RECORD anew. PyPI e-mails the owners of wheels whose RECORD does not match, and installers trust RECORD to know what they installed.";
function* recordMatches({ facts }) {
  const { archive } = facts;
  if (archive?.format !== "zip" || !("entries" in archive)) return;
  for (const [name, why] of archive.unreadableMembers ?? []) {
    yield { message: `Member '${name}' ${why}: installers cannot extract it.`, hint: "The archive is damaged: build the wheel again." };
  }
  const { record } = archive;
  if (record === void 0) return;
  const files = archive.entries.map((e) => e.name).filter((n) => !n.endsWith("/"));
  for (const problem of [...record.problems, ...recordProblems(record.rows, files, record.contents, record.distInfo)]) {
    yield { message: `RECORD does not match the wheel: ${problem}.`, hint: RECORD_HINT };
  }
}
function* entryPoints({ facts }) {
  if (facts.entryPoints === void 0) return;
  const problems = facts.entryPoints === NOT_UTF8 ? ["entry_points.txt is not decodable as UTF-8"] : [.../* @__PURE__ */ new Set([...entryPointProblems(facts.entryPoints), ...warehouseEntryPointProblems(facts.entryPoints)])];
  if (problems.length === 0) return;
  yield {
    message: `Wheel '${facts.filename}' has invalid entry points defined in the entry_points.txt file: ${problems.join("; ")}`,
    hint: "Declare them in pyproject.toml ([project.scripts], [project.entry-points.'group']) as `name = \"module:function\"`, and let the backend write the file."
  };
}
function sdistRoot(members) {
  const tops = topLevelNames(members.map((m) => m.name));
  if (tops.length !== 1) return void 0;
  const top = tops[0];
  const isDir = members.some((m) => m.name.startsWith(`${top}/`) || m.name === top && m.type === "directory");
  return isDir ? top : void 0;
}
function* sdistContents({ facts }) {
  const { archive } = facts;
  if (!facts.filename.endsWith(".tar.gz") || archive?.format !== "tar" || !("members" in archive)) return;
  const top = sdistRoot(archive.members);
  if (top === void 0) {
    const tops = topLevelNames(archive.members.map((m) => m.name));
    yield {
      message: "Invalid distribution file. Incorrect number of top-level directories in sdist",
      hint: `An sdist holds one directory, {name}-{version}/; this one has ${tops.length === 0 ? "nothing" : `'${tops.join("', '")}'`} at the top.`
    };
    return;
  }
  if (!archive.members.some((m) => m.name === `${top}/PKG-INFO` && (m.type === "file" || m.type === "contiguous-file"))) {
    yield {
      message: `Invalid distribution file. PKG-INFO not found at ${top}/PKG-INFO`,
      hint: "Build the sdist with a PEP 517 build backend, which writes PKG-INFO; an archive of the source tree is no sdist."
    };
  }
}
function* licenseFiles({ facts }) {
  const { archive, metadata, filename } = facts;
  if (metadata === void 0 || archive === void 0 || "unreadable" in archive) return;
  const declared = metadata.headers["license-file"] ?? [];
  if (declared.length === 0) return;
  let base;
  let names;
  if (archive.format === "zip") {
    const dir = wheelDistInfoDir(filename);
    base = dir && `${dir}/licenses`;
    names = new Set(archive.entries.map((e) => e.name));
  } else {
    base = sdistRoot(archive.members);
    names = new Set(archive.members.map((m) => m.name));
  }
  if (base === void 0) return;
  for (const license of declared) {
    const at = `${base}/${license}`;
    if (names.has(at)) continue;
    yield {
      message: `License-File ${license} does not exist in distribution file ${filename} at ${at}`,
      hint: "The metadata names a license file the archive lacks: check license-files in pyproject.toml and the backend version (PEP 639 needs a current one)."
    };
  }
}

// src/dists/facts.ts
var PYPI_MAX_FILE_SIZE = 100 * 1024 * 1024;

// src/dists/rules-file.ts
var ONE_MB = 1024 * 1024;
function* filenameCharacters({ facts }) {
  if (/[\x00-\x1f\x7f]/.test(facts.filename)) {
    yield {
      message: "Cannot upload a file with non-printable characters (ordinals 0-31) or the DEL character (ordinal 127) in the name."
    };
  }
  if (/[/\\]/.test(facts.filename)) yield { message: "Cannot upload a file with '/' or '\\' in the name." };
}
function* fileExtension({ facts }) {
  const { filename } = facts;
  if (filename.endsWith(".whl") || filename.endsWith(".tar.gz")) return;
  const hint = "PyPI takes wheels (.whl) and source distributions (.tar.gz) only.";
  if (filename.endsWith(".zip")) {
    const stem = filename.slice(0, -".zip".length);
    const at = stem.lastIndexOf("-");
    if (at <= 0) {
      yield { message: `Invalid source distribution filename: ${filename}`, hint };
      return;
    }
    const expected = sdistFilename(stem.slice(0, at), stem.slice(at + 1));
    yield { message: `Filename '${filename}' is invalid, should be '${expected}'.`, hint: `${hint} .zip sdists are refused since PEP 625.` };
    return;
  }
  yield {
    message: "Invalid file extension: Use .tar.gz, .whl or .zip extension. See https://www.python.org/dev/peps/pep-0527 and https://peps.python.org/pep-0715/ for more information",
    hint
  };
}
function* wheelFilename({ facts, parsed, name, version }) {
  if (!facts.filename.endsWith(".whl")) return;
  if ("error" in parsed) {
    yield { message: parsed.error, hint: "A wheel is named {name}-{version}(-{build})?-{python}-{abi}-{platform}.whl." };
    return;
  }
  if (parsed.kind !== "wheel") return;
  const stem = facts.filename.slice(0, -".whl".length);
  if (parsed.name.includes("__") || !/^[\p{L}\p{N}_.]*$/u.test(parsed.name)) {
    yield { message: `Invalid project name: '${stem}'` };
  }
  const fileVersionValid = isValid(parsed.version);
  if (!fileVersionValid) yield { message: `Invalid wheel filename (invalid version): '${stem}'` };
  for (const tag of new Set(parsed.platformTags)) {
    if (isPyPIPlatformTag(tag)) continue;
    yield {
      message: `Binary wheel '${facts.filename}' has an unsupported platform tag '${tag}'.`,
      hint: tag.startsWith("linux_") ? "A wheel built against this machine's libc runs only on similar systems: repair it into a manylinux/musllinux wheel (auditwheel repair, or build with cibuildwheel)." : "PyPI accepts any, win*, manylinux*, musllinux*, macosx_10_*/macosx_{11..15,26}_0, ios, android and pyemscripten platform tags."
    };
  }
  if (name !== void 0) {
    const canonical = normalizeName(name);
    const expected = filenameName(name);
    if (normalizeName(parsed.name) !== canonical) {
      yield {
        message: `Start filename for '${name}' with '${expected}'.`,
        hint: "The wheel's file name names another project than its METADATA: was it renamed, or built from another project?"
      };
    } else if (parsed.name !== expected) {
      yield {
        message: `Filename '${facts.filename}' should contain the normalized project name '${expected}', not '${parsed.name}'.`,
        hint: "Upgrade the build backend: current ones write the normalized name (lower case, runs of -_. as _)."
      };
    }
  }
  if (version !== void 0 && fileVersionValid && !equal(parsed.version, version)) {
    yield {
      message: `Version in filename should be '${normalize(version)}' not '${normalize(parsed.version)}'.`,
      hint: "The file name and the METADATA inside disagree: was the file renamed after the build?"
    };
  }
}
function* sdistFilenameRule({ facts, parsed, name, version }) {
  if (!facts.filename.endsWith(".tar.gz")) return;
  if ("error" in parsed) {
    yield { message: parsed.error, hint: "An sdist is named {normalized_name}-{version}.tar.gz." };
    return;
  }
  if (name === void 0 || version === void 0) return;
  const expected = sdistFilename(name, version);
  if (facts.filename === expected) return;
  const stem = normalizeName(facts.filename.slice(0, -".tar.gz".length));
  if (!stem.startsWith(`${normalizeName(name)}-`)) {
    yield {
      message: `Start filename for '${name}' with '${filenameName(name)}'.`,
      hint: `The sdist's file name names another project than its PKG-INFO; it should be '${expected}'.`
    };
    return;
  }
  yield {
    message: `Filename '${facts.filename}' is invalid, should be '${expected}'.`,
    hint: "PEP 625 fixes the sdist name: upgrade the build backend (setuptools >= 69.3, hatchling >= 1.22, flit-core >= 3.10, poetry-core >= 2.0) or build with a current frontend."
  };
}
function* fileSize({ facts, name, options: options2 }) {
  const limit = options2.maxFileSize ?? PYPI_MAX_FILE_SIZE;
  if (facts.size <= limit) return;
  const shown = limit % ONE_MB === 0 ? `${limit / ONE_MB} MB` : `${limit} bytes`;
  yield {
    message: `File too large. Limit for project '${name ?? "?"}' is ${shown}. See https://docs.pypi.org/project-management/storage-limits#requesting-a-file-size-limit-increase for more information.`,
    hint: `The file is ${facts.size} bytes. Leave data, test files and build leftovers out of it (check the backend's include/exclude settings), or ask the index for a larger limit and set the input max-file-size to it.`
  };
}

// src/dists/python-text.ts
function pyRepr(text) {
  const quote2 = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === "\\") out += "\\\\";
    else if (ch === quote2) out += `\\${quote2}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "	") out += "\\t";
    else if (cp < 32 || cp >= 127 && cp <= 160) out += `\\x${cp.toString(16).padStart(2, "0")}`;
    else out += ch;
  }
  return quote2 + out + quote2;
}
function pyList(items) {
  return `[${items.map(pyRepr).join(", ")}]`;
}

// src/dists/content-type.ts
var CONTENT_TYPES = ["text/plain", "text/x-rst", "text/markdown"];
var MARKDOWN_VARIANTS = ["GFM", "CommonMark"];
function descriptionContentTypeProblem(value) {
  const [typePart = "", ...paramParts] = value.split(";");
  const contentType = /^[^\s/]+\/[^\s/]+$/.test(typePart.trim()) ? typePart.trim().toLowerCase() : "text/plain";
  if (!CONTENT_TYPES.includes(contentType) || !value.toLowerCase().includes(contentType)) {
    return `'description-content-type' must be one of ${pyList(CONTENT_TYPES)}, not ${pyRepr(value)}`;
  }
  const params = new Map(paramParts.flatMap((part) => {
    const eq = part.indexOf("=");
    return eq < 0 ? [] : [[part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim().replace(/^"(.*)"$/, "$1")]];
  }));
  const charset = params.get("charset") ?? "UTF-8";
  if (charset !== "UTF-8") return `'description-content-type' can only specify the UTF-8 charset, not ${pyList([...charset])}`;
  const variant = params.get("variant") ?? "GFM";
  if (contentType === "text/markdown" && !MARKDOWN_VARIANTS.includes(variant)) {
    return `valid Markdown variants for 'description-content-type' are ${pyList(MARKDOWN_VARIANTS)}, not ${pyRepr(variant)}`;
  }
  return void 0;
}

// src/dists/data/trove-classifiers.json
var trove_classifiers_default = {
  source: "trove-classifiers 2026.9.21.13",
  classifiers: [
    "Development Status :: 1 - Planning",
    "Development Status :: 2 - Pre-Alpha",
    "Development Status :: 3 - Alpha",
    "Development Status :: 4 - Beta",
    "Development Status :: 5 - Production/Stable",
    "Development Status :: 6 - Mature",
    "Development Status :: 7 - Inactive",
    "Environment :: Console",
    "Environment :: Console :: Curses",
    "Environment :: Console :: Framebuffer",
    "Environment :: Console :: Newt",
    "Environment :: Console :: svgalib",
    "Environment :: Cygwin (MS Windows)",
    "Environment :: GPU",
    "Environment :: GPU :: NVIDIA CUDA",
    "Environment :: GPU :: NVIDIA CUDA :: 1.0",
    "Environment :: GPU :: NVIDIA CUDA :: 1.1",
    "Environment :: GPU :: NVIDIA CUDA :: 10.0",
    "Environment :: GPU :: NVIDIA CUDA :: 10.1",
    "Environment :: GPU :: NVIDIA CUDA :: 10.2",
    "Environment :: GPU :: NVIDIA CUDA :: 11",
    "Environment :: GPU :: NVIDIA CUDA :: 11.0",
    "Environment :: GPU :: NVIDIA CUDA :: 11.1",
    "Environment :: GPU :: NVIDIA CUDA :: 11.2",
    "Environment :: GPU :: NVIDIA CUDA :: 11.3",
    "Environment :: GPU :: NVIDIA CUDA :: 11.4",
    "Environment :: GPU :: NVIDIA CUDA :: 11.5",
    "Environment :: GPU :: NVIDIA CUDA :: 11.6",
    "Environment :: GPU :: NVIDIA CUDA :: 11.7",
    "Environment :: GPU :: NVIDIA CUDA :: 11.8",
    "Environment :: GPU :: NVIDIA CUDA :: 12",
    "Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.0",
    "Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.1",
    "Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.2",
    "Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.3",
    "Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.4",
    "Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.5",
    "Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.6",
    "Environment :: GPU :: NVIDIA CUDA :: 13",
    "Environment :: GPU :: NVIDIA CUDA :: 2.0",
    "Environment :: GPU :: NVIDIA CUDA :: 2.1",
    "Environment :: GPU :: NVIDIA CUDA :: 2.2",
    "Environment :: GPU :: NVIDIA CUDA :: 2.3",
    "Environment :: GPU :: NVIDIA CUDA :: 3.0",
    "Environment :: GPU :: NVIDIA CUDA :: 3.1",
    "Environment :: GPU :: NVIDIA CUDA :: 3.2",
    "Environment :: GPU :: NVIDIA CUDA :: 4.0",
    "Environment :: GPU :: NVIDIA CUDA :: 4.1",
    "Environment :: GPU :: NVIDIA CUDA :: 4.2",
    "Environment :: GPU :: NVIDIA CUDA :: 5.0",
    "Environment :: GPU :: NVIDIA CUDA :: 5.5",
    "Environment :: GPU :: NVIDIA CUDA :: 6.0",
    "Environment :: GPU :: NVIDIA CUDA :: 6.5",
    "Environment :: GPU :: NVIDIA CUDA :: 7.0",
    "Environment :: GPU :: NVIDIA CUDA :: 7.5",
    "Environment :: GPU :: NVIDIA CUDA :: 8.0",
    "Environment :: GPU :: NVIDIA CUDA :: 9.0",
    "Environment :: GPU :: NVIDIA CUDA :: 9.1",
    "Environment :: GPU :: NVIDIA CUDA :: 9.2",
    "Environment :: Handhelds/PDA's",
    "Environment :: MacOS X",
    "Environment :: MacOS X :: Aqua",
    "Environment :: MacOS X :: Carbon",
    "Environment :: MacOS X :: Cocoa",
    "Environment :: No Input/Output (Daemon)",
    "Environment :: OpenStack",
    "Environment :: Other Environment",
    "Environment :: Plugins",
    "Environment :: Web Environment",
    "Environment :: Web Environment :: Buffet",
    "Environment :: Web Environment :: Mozilla",
    "Environment :: Web Environment :: ToscaWidgets",
    "Environment :: WebAssembly",
    "Environment :: WebAssembly :: Emscripten",
    "Environment :: WebAssembly :: WASI",
    "Environment :: Win32 (MS Windows)",
    "Environment :: X11 Applications",
    "Environment :: X11 Applications :: GTK",
    "Environment :: X11 Applications :: Gnome",
    "Environment :: X11 Applications :: KDE",
    "Environment :: X11 Applications :: Qt",
    "Framework :: AWS CDK",
    "Framework :: AWS CDK :: 1",
    "Framework :: AWS CDK :: 2",
    "Framework :: AiiDA",
    "Framework :: Ansible",
    "Framework :: AnyIO",
    "Framework :: Apache Airflow",
    "Framework :: Apache Airflow :: Provider",
    "Framework :: AsyncIO",
    "Framework :: BEAT",
    "Framework :: BFG",
    "Framework :: Bob",
    "Framework :: Bottle",
    "Framework :: Buildout",
    "Framework :: Buildout :: Extension",
    "Framework :: Buildout :: Recipe",
    "Framework :: CastleCMS",
    "Framework :: CastleCMS :: Theme",
    "Framework :: Celery",
    "Framework :: Chandler",
    "Framework :: CherryPy",
    "Framework :: CubicWeb",
    "Framework :: Dash",
    "Framework :: Datasette",
    "Framework :: Django",
    "Framework :: Django :: 1",
    "Framework :: Django :: 1.10",
    "Framework :: Django :: 1.11",
    "Framework :: Django :: 1.4",
    "Framework :: Django :: 1.5",
    "Framework :: Django :: 1.6",
    "Framework :: Django :: 1.7",
    "Framework :: Django :: 1.8",
    "Framework :: Django :: 1.9",
    "Framework :: Django :: 2",
    "Framework :: Django :: 2.0",
    "Framework :: Django :: 2.1",
    "Framework :: Django :: 2.2",
    "Framework :: Django :: 3",
    "Framework :: Django :: 3.0",
    "Framework :: Django :: 3.1",
    "Framework :: Django :: 3.2",
    "Framework :: Django :: 4",
    "Framework :: Django :: 4.0",
    "Framework :: Django :: 4.1",
    "Framework :: Django :: 4.2",
    "Framework :: Django :: 5",
    "Framework :: Django :: 5.0",
    "Framework :: Django :: 5.1",
    "Framework :: Django :: 5.2",
    "Framework :: Django :: 6",
    "Framework :: Django :: 6.0",
    "Framework :: Django :: 6.1",
    "Framework :: Django CMS",
    "Framework :: Django CMS :: 3.10",
    "Framework :: Django CMS :: 3.11",
    "Framework :: Django CMS :: 3.4",
    "Framework :: Django CMS :: 3.5",
    "Framework :: Django CMS :: 3.6",
    "Framework :: Django CMS :: 3.7",
    "Framework :: Django CMS :: 3.8",
    "Framework :: Django CMS :: 3.9",
    "Framework :: Django CMS :: 4.0",
    "Framework :: Django CMS :: 4.1",
    "Framework :: Django CMS :: 4.2",
    "Framework :: Django CMS :: 5.0",
    "Framework :: Django CMS :: 5.1",
    "Framework :: FastAPI",
    "Framework :: Flake8",
    "Framework :: Flask",
    "Framework :: Hatch",
    "Framework :: Hypothesis",
    "Framework :: IDLE",
    "Framework :: IPython",
    "Framework :: InvenTree",
    "Framework :: Jupyter",
    "Framework :: Jupyter :: JupyterLab",
    "Framework :: Jupyter :: JupyterLab :: 1",
    "Framework :: Jupyter :: JupyterLab :: 2",
    "Framework :: Jupyter :: JupyterLab :: 3",
    "Framework :: Jupyter :: JupyterLab :: 4",
    "Framework :: Jupyter :: JupyterLab :: Extensions",
    "Framework :: Jupyter :: JupyterLab :: Extensions :: Mime Renderers",
    "Framework :: Jupyter :: JupyterLab :: Extensions :: Prebuilt",
    "Framework :: Jupyter :: JupyterLab :: Extensions :: Themes",
    "Framework :: Kedro",
    "Framework :: Lektor",
    "Framework :: Litestar",
    "Framework :: Litestar :: 1",
    "Framework :: Litestar :: 2",
    "Framework :: Litestar :: 3",
    "Framework :: Masonite",
    "Framework :: Matplotlib",
    "Framework :: MkDocs",
    "Framework :: Nengo",
    "Framework :: Odoo",
    "Framework :: Odoo :: 10.0",
    "Framework :: Odoo :: 11.0",
    "Framework :: Odoo :: 12.0",
    "Framework :: Odoo :: 13.0",
    "Framework :: Odoo :: 14.0",
    "Framework :: Odoo :: 15.0",
    "Framework :: Odoo :: 16.0",
    "Framework :: Odoo :: 17.0",
    "Framework :: Odoo :: 18.0",
    "Framework :: Odoo :: 19.0",
    "Framework :: Odoo :: 20.0",
    "Framework :: Odoo :: 8.0",
    "Framework :: Odoo :: 9.0",
    "Framework :: OpenTelemetry",
    "Framework :: OpenTelemetry :: Distros",
    "Framework :: OpenTelemetry :: Exporters",
    "Framework :: OpenTelemetry :: Instrumentations",
    "Framework :: Opps",
    "Framework :: Paste",
    "Framework :: Pelican",
    "Framework :: Pelican :: Plugins",
    "Framework :: Pelican :: Themes",
    "Framework :: Plone",
    "Framework :: Plone :: 3.2",
    "Framework :: Plone :: 3.3",
    "Framework :: Plone :: 4.0",
    "Framework :: Plone :: 4.1",
    "Framework :: Plone :: 4.2",
    "Framework :: Plone :: 4.3",
    "Framework :: Plone :: 5.0",
    "Framework :: Plone :: 5.1",
    "Framework :: Plone :: 5.2",
    "Framework :: Plone :: 5.3",
    "Framework :: Plone :: 6.0",
    "Framework :: Plone :: 6.1",
    "Framework :: Plone :: 6.2",
    "Framework :: Plone :: 6.3",
    "Framework :: Plone :: Addon",
    "Framework :: Plone :: Core",
    "Framework :: Plone :: Distribution",
    "Framework :: Plone :: Theme",
    "Framework :: PySimpleGUI",
    "Framework :: PySimpleGUI :: 4",
    "Framework :: PySimpleGUI :: 5",
    "Framework :: Pycsou",
    "Framework :: Pydantic",
    "Framework :: Pydantic :: 1",
    "Framework :: Pydantic :: 2",
    "Framework :: Pylons",
    "Framework :: Pyodide",
    "Framework :: Pyramid",
    "Framework :: Pytest",
    "Framework :: Review Board",
    "Framework :: Robot Framework",
    "Framework :: Robot Framework :: Library",
    "Framework :: Robot Framework :: Tool",
    "Framework :: Scrapy",
    "Framework :: Setuptools Plugin",
    "Framework :: Sphinx",
    "Framework :: Sphinx :: Domain",
    "Framework :: Sphinx :: Extension",
    "Framework :: Sphinx :: Theme",
    "Framework :: Trac",
    "Framework :: Trio",
    "Framework :: Tryton",
    "Framework :: TurboGears",
    "Framework :: TurboGears :: Applications",
    "Framework :: TurboGears :: Widgets",
    "Framework :: Twisted",
    "Framework :: Wagtail",
    "Framework :: Wagtail :: 1",
    "Framework :: Wagtail :: 2",
    "Framework :: Wagtail :: 3",
    "Framework :: Wagtail :: 4",
    "Framework :: Wagtail :: 5",
    "Framework :: Wagtail :: 6",
    "Framework :: Wagtail :: 7",
    "Framework :: Wagtail :: 8",
    "Framework :: ZODB",
    "Framework :: Zope",
    "Framework :: Zope :: 2",
    "Framework :: Zope :: 3",
    "Framework :: Zope :: 4",
    "Framework :: Zope :: 5",
    "Framework :: Zope :: 6",
    "Framework :: Zope2",
    "Framework :: Zope3",
    "Framework :: aiohttp",
    "Framework :: cocotb",
    "Framework :: napari",
    "Framework :: tox",
    "Intended Audience :: Customer Service",
    "Intended Audience :: Developers",
    "Intended Audience :: Education",
    "Intended Audience :: End Users/Desktop",
    "Intended Audience :: Financial and Insurance Industry",
    "Intended Audience :: Healthcare Industry",
    "Intended Audience :: Information Technology",
    "Intended Audience :: Legal Industry",
    "Intended Audience :: Manufacturing",
    "Intended Audience :: Other Audience",
    "Intended Audience :: Religion",
    "Intended Audience :: Science/Research",
    "Intended Audience :: System Administrators",
    "Intended Audience :: Telecommunications Industry",
    "License :: Aladdin Free Public License (AFPL)",
    "License :: CC0 1.0 Universal (CC0 1.0) Public Domain Dedication",
    "License :: CeCILL-B Free Software License Agreement (CECILL-B)",
    "License :: CeCILL-C Free Software License Agreement (CECILL-C)",
    "License :: DFSG approved",
    "License :: Eiffel Forum License (EFL)",
    "License :: Free For Educational Use",
    "License :: Free For Home Use",
    "License :: Free To Use But Restricted",
    "License :: Free for non-commercial use",
    "License :: Freely Distributable",
    "License :: Freeware",
    "License :: GUST Font License 1.0",
    "License :: GUST Font License 2006-09-30",
    "License :: Netscape Public License (NPL)",
    "License :: Nokia Open Source License (NOKOS)",
    "License :: OSI Approved",
    "License :: OSI Approved :: Academic Free License (AFL)",
    "License :: OSI Approved :: Apache Software License",
    "License :: OSI Approved :: Apple Public Source License",
    "License :: OSI Approved :: Artistic License",
    "License :: OSI Approved :: Attribution Assurance License",
    "License :: OSI Approved :: BSD License",
    "License :: OSI Approved :: Blue Oak Model License (BlueOak-1.0.0)",
    "License :: OSI Approved :: Boost Software License 1.0 (BSL-1.0)",
    "License :: OSI Approved :: CEA CNRS Inria Logiciel Libre License, version 2.1 (CeCILL-2.1)",
    "License :: OSI Approved :: CMU License (MIT-CMU)",
    "License :: OSI Approved :: Common Development and Distribution License 1.0 (CDDL-1.0)",
    "License :: OSI Approved :: Common Public License",
    "License :: OSI Approved :: Eclipse Public License 1.0 (EPL-1.0)",
    "License :: OSI Approved :: Eclipse Public License 2.0 (EPL-2.0)",
    "License :: OSI Approved :: Educational Community License, Version 2.0 (ECL-2.0)",
    "License :: OSI Approved :: Eiffel Forum License",
    "License :: OSI Approved :: European Union Public Licence 1.0 (EUPL 1.0)",
    "License :: OSI Approved :: European Union Public Licence 1.1 (EUPL 1.1)",
    "License :: OSI Approved :: European Union Public Licence 1.2 (EUPL 1.2)",
    "License :: OSI Approved :: GNU Affero General Public License v3",
    "License :: OSI Approved :: GNU Affero General Public License v3 or later (AGPLv3+)",
    "License :: OSI Approved :: GNU Free Documentation License (FDL)",
    "License :: OSI Approved :: GNU General Public License (GPL)",
    "License :: OSI Approved :: GNU General Public License v2 (GPLv2)",
    "License :: OSI Approved :: GNU General Public License v2 or later (GPLv2+)",
    "License :: OSI Approved :: GNU General Public License v3 (GPLv3)",
    "License :: OSI Approved :: GNU General Public License v3 or later (GPLv3+)",
    "License :: OSI Approved :: GNU Lesser General Public License v2 (LGPLv2)",
    "License :: OSI Approved :: GNU Lesser General Public License v2 or later (LGPLv2+)",
    "License :: OSI Approved :: GNU Lesser General Public License v3 (LGPLv3)",
    "License :: OSI Approved :: GNU Lesser General Public License v3 or later (LGPLv3+)",
    "License :: OSI Approved :: GNU Library or Lesser General Public License (LGPL)",
    "License :: OSI Approved :: Historical Permission Notice and Disclaimer (HPND)",
    "License :: OSI Approved :: IBM Public License",
    "License :: OSI Approved :: ISC License (ISCL)",
    "License :: OSI Approved :: Intel Open Source License",
    "License :: OSI Approved :: Jabber Open Source License",
    "License :: OSI Approved :: MIT License",
    "License :: OSI Approved :: MIT No Attribution License (MIT-0)",
    "License :: OSI Approved :: MITRE Collaborative Virtual Workspace License (CVW)",
    "License :: OSI Approved :: MirOS License (MirOS)",
    "License :: OSI Approved :: Motosoto License",
    "License :: OSI Approved :: Mozilla Public License 1.0 (MPL)",
    "License :: OSI Approved :: Mozilla Public License 1.1 (MPL 1.1)",
    "License :: OSI Approved :: Mozilla Public License 2.0 (MPL 2.0)",
    "License :: OSI Approved :: Mulan Permissive Software License v2 (MulanPSL-2.0)",
    "License :: OSI Approved :: NASA Open Source Agreement v1.3 (NASA-1.3)",
    "License :: OSI Approved :: Nethack General Public License",
    "License :: OSI Approved :: Nokia Open Source License",
    "License :: OSI Approved :: Open Group Test Suite License",
    "License :: OSI Approved :: Open Software License 3.0 (OSL-3.0)",
    "License :: OSI Approved :: PostgreSQL License",
    "License :: OSI Approved :: Python License (CNRI Python License)",
    "License :: OSI Approved :: Python Software Foundation License",
    "License :: OSI Approved :: Qt Public License (QPL)",
    "License :: OSI Approved :: Ricoh Source Code Public License",
    "License :: OSI Approved :: SIL Open Font License 1.1 (OFL-1.1)",
    "License :: OSI Approved :: Sleepycat License",
    "License :: OSI Approved :: Sun Industry Standards Source License (SISSL)",
    "License :: OSI Approved :: Sun Public License",
    "License :: OSI Approved :: The Unlicense (Unlicense)",
    "License :: OSI Approved :: Universal Permissive License (UPL)",
    "License :: OSI Approved :: University of Illinois/NCSA Open Source License",
    "License :: OSI Approved :: Vovida Software License 1.0",
    "License :: OSI Approved :: W3C License",
    "License :: OSI Approved :: X.Net License",
    "License :: OSI Approved :: Zero-Clause BSD (0BSD)",
    "License :: OSI Approved :: Zope Public License",
    "License :: OSI Approved :: zlib/libpng License",
    "License :: Other/Proprietary License",
    "License :: Public Domain",
    "License :: Repoze Public License",
    "Natural Language :: Afrikaans",
    "Natural Language :: Arabic",
    "Natural Language :: Armenian",
    "Natural Language :: Basque",
    "Natural Language :: Bengali",
    "Natural Language :: Bosnian",
    "Natural Language :: Bulgarian",
    "Natural Language :: Cantonese",
    "Natural Language :: Catalan",
    "Natural Language :: Catalan (Valencian)",
    "Natural Language :: Chinese (Simplified)",
    "Natural Language :: Chinese (Traditional)",
    "Natural Language :: Croatian",
    "Natural Language :: Czech",
    "Natural Language :: Danish",
    "Natural Language :: Dutch",
    "Natural Language :: English",
    "Natural Language :: Esperanto",
    "Natural Language :: Estonian",
    "Natural Language :: Finnish",
    "Natural Language :: French",
    "Natural Language :: Galician",
    "Natural Language :: Georgian",
    "Natural Language :: German",
    "Natural Language :: Greek",
    "Natural Language :: Hebrew",
    "Natural Language :: Hindi",
    "Natural Language :: Hungarian",
    "Natural Language :: Icelandic",
    "Natural Language :: Indonesian",
    "Natural Language :: Irish",
    "Natural Language :: Italian",
    "Natural Language :: Japanese",
    "Natural Language :: Javanese",
    "Natural Language :: Korean",
    "Natural Language :: Latin",
    "Natural Language :: Latvian",
    "Natural Language :: Lithuanian",
    "Natural Language :: Macedonian",
    "Natural Language :: Malay",
    "Natural Language :: Marathi",
    "Natural Language :: Nepali",
    "Natural Language :: Norwegian",
    "Natural Language :: Panjabi",
    "Natural Language :: Persian",
    "Natural Language :: Polish",
    "Natural Language :: Portuguese",
    "Natural Language :: Portuguese (Brazilian)",
    "Natural Language :: Romanian",
    "Natural Language :: Russian",
    "Natural Language :: Serbian",
    "Natural Language :: Slovak",
    "Natural Language :: Slovenian",
    "Natural Language :: Spanish",
    "Natural Language :: Swedish",
    "Natural Language :: Tamil",
    "Natural Language :: Telugu",
    "Natural Language :: Thai",
    "Natural Language :: Tibetan",
    "Natural Language :: Turkish",
    "Natural Language :: Ukrainian",
    "Natural Language :: Ukranian",
    "Natural Language :: Urdu",
    "Natural Language :: Vietnamese",
    "Natural Language :: Yiddish",
    "Operating System :: Android",
    "Operating System :: BeOS",
    "Operating System :: MacOS",
    "Operating System :: MacOS :: MacOS 9",
    "Operating System :: MacOS :: MacOS X",
    "Operating System :: Microsoft",
    "Operating System :: Microsoft :: MS-DOS",
    "Operating System :: Microsoft :: Windows",
    "Operating System :: Microsoft :: Windows :: Windows 10",
    "Operating System :: Microsoft :: Windows :: Windows 11",
    "Operating System :: Microsoft :: Windows :: Windows 3.1 or Earlier",
    "Operating System :: Microsoft :: Windows :: Windows 7",
    "Operating System :: Microsoft :: Windows :: Windows 8",
    "Operating System :: Microsoft :: Windows :: Windows 8.1",
    "Operating System :: Microsoft :: Windows :: Windows 95/98/2000",
    "Operating System :: Microsoft :: Windows :: Windows CE",
    "Operating System :: Microsoft :: Windows :: Windows NT/2000",
    "Operating System :: Microsoft :: Windows :: Windows Server 2003",
    "Operating System :: Microsoft :: Windows :: Windows Server 2008",
    "Operating System :: Microsoft :: Windows :: Windows Vista",
    "Operating System :: Microsoft :: Windows :: Windows XP",
    "Operating System :: OS Independent",
    "Operating System :: OS/2",
    "Operating System :: Other OS",
    "Operating System :: PDA Systems",
    "Operating System :: POSIX",
    "Operating System :: POSIX :: AIX",
    "Operating System :: POSIX :: BSD",
    "Operating System :: POSIX :: BSD :: BSD/OS",
    "Operating System :: POSIX :: BSD :: FreeBSD",
    "Operating System :: POSIX :: BSD :: NetBSD",
    "Operating System :: POSIX :: BSD :: OpenBSD",
    "Operating System :: POSIX :: GNU Hurd",
    "Operating System :: POSIX :: HP-UX",
    "Operating System :: POSIX :: IRIX",
    "Operating System :: POSIX :: Linux",
    "Operating System :: POSIX :: Other",
    "Operating System :: POSIX :: SCO",
    "Operating System :: POSIX :: SunOS/Solaris",
    "Operating System :: PalmOS",
    "Operating System :: RISC OS",
    "Operating System :: Unix",
    "Operating System :: iOS",
    "Programming Language :: APL",
    "Programming Language :: ASP",
    "Programming Language :: Ada",
    "Programming Language :: Assembly",
    "Programming Language :: Awk",
    "Programming Language :: Basic",
    "Programming Language :: C",
    "Programming Language :: C#",
    "Programming Language :: C++",
    "Programming Language :: Cold Fusion",
    "Programming Language :: Cython",
    "Programming Language :: D",
    "Programming Language :: Delphi/Kylix",
    "Programming Language :: Dylan",
    "Programming Language :: Eiffel",
    "Programming Language :: Emacs-Lisp",
    "Programming Language :: Erlang",
    "Programming Language :: Euler",
    "Programming Language :: Euphoria",
    "Programming Language :: F#",
    "Programming Language :: Forth",
    "Programming Language :: Fortran",
    "Programming Language :: Go",
    "Programming Language :: Haskell",
    "Programming Language :: Hy",
    "Programming Language :: Java",
    "Programming Language :: JavaScript",
    "Programming Language :: Kotlin",
    "Programming Language :: Lisp",
    "Programming Language :: Logo",
    "Programming Language :: Lua",
    "Programming Language :: ML",
    "Programming Language :: Modula",
    "Programming Language :: OCaml",
    "Programming Language :: Object Pascal",
    "Programming Language :: Objective C",
    "Programming Language :: Other",
    "Programming Language :: Other Scripting Engines",
    "Programming Language :: PHP",
    "Programming Language :: PL/SQL",
    "Programming Language :: PROGRESS",
    "Programming Language :: Pascal",
    "Programming Language :: Perl",
    "Programming Language :: Pike",
    "Programming Language :: Pliant",
    "Programming Language :: Prolog",
    "Programming Language :: Python",
    "Programming Language :: Python :: 2",
    "Programming Language :: Python :: 2 :: Only",
    "Programming Language :: Python :: 2.3",
    "Programming Language :: Python :: 2.4",
    "Programming Language :: Python :: 2.5",
    "Programming Language :: Python :: 2.6",
    "Programming Language :: Python :: 2.7",
    "Programming Language :: Python :: 3",
    "Programming Language :: Python :: 3 :: Only",
    "Programming Language :: Python :: 3.0",
    "Programming Language :: Python :: 3.1",
    "Programming Language :: Python :: 3.10",
    "Programming Language :: Python :: 3.11",
    "Programming Language :: Python :: 3.12",
    "Programming Language :: Python :: 3.13",
    "Programming Language :: Python :: 3.14",
    "Programming Language :: Python :: 3.15",
    "Programming Language :: Python :: 3.16",
    "Programming Language :: Python :: 3.2",
    "Programming Language :: Python :: 3.3",
    "Programming Language :: Python :: 3.4",
    "Programming Language :: Python :: 3.5",
    "Programming Language :: Python :: 3.6",
    "Programming Language :: Python :: 3.7",
    "Programming Language :: Python :: 3.8",
    "Programming Language :: Python :: 3.9",
    "Programming Language :: Python :: Free Threading",
    "Programming Language :: Python :: Free Threading :: 1 - Unstable",
    "Programming Language :: Python :: Free Threading :: 2 - Beta",
    "Programming Language :: Python :: Free Threading :: 3 - Stable",
    "Programming Language :: Python :: Free Threading :: 4 - Resilient",
    "Programming Language :: Python :: Implementation",
    "Programming Language :: Python :: Implementation :: CPython",
    "Programming Language :: Python :: Implementation :: GraalPy",
    "Programming Language :: Python :: Implementation :: IronPython",
    "Programming Language :: Python :: Implementation :: Jython",
    "Programming Language :: Python :: Implementation :: MicroPython",
    "Programming Language :: Python :: Implementation :: PyPy",
    "Programming Language :: Python :: Implementation :: Stackless",
    "Programming Language :: R",
    "Programming Language :: REBOL",
    "Programming Language :: Rexx",
    "Programming Language :: Ruby",
    "Programming Language :: Rust",
    "Programming Language :: SQL",
    "Programming Language :: Scheme",
    "Programming Language :: Simula",
    "Programming Language :: Smalltalk",
    "Programming Language :: Tcl",
    "Programming Language :: Unix Shell",
    "Programming Language :: Visual Basic",
    "Programming Language :: XBasic",
    "Programming Language :: YACC",
    "Programming Language :: Zig",
    "Programming Language :: Zope",
    "Topic :: Adaptive Technologies",
    "Topic :: Artistic Software",
    "Topic :: Communications",
    "Topic :: Communications :: BBS",
    "Topic :: Communications :: Chat",
    "Topic :: Communications :: Chat :: AOL Instant Messenger",
    "Topic :: Communications :: Chat :: ICQ",
    "Topic :: Communications :: Chat :: Internet Relay Chat",
    "Topic :: Communications :: Chat :: Unix Talk",
    "Topic :: Communications :: Conferencing",
    "Topic :: Communications :: Email",
    "Topic :: Communications :: Email :: Address Book",
    "Topic :: Communications :: Email :: Email Clients (MUA)",
    "Topic :: Communications :: Email :: Filters",
    "Topic :: Communications :: Email :: Mail Transport Agents",
    "Topic :: Communications :: Email :: Mailing List Servers",
    "Topic :: Communications :: Email :: Post-Office",
    "Topic :: Communications :: Email :: Post-Office :: IMAP",
    "Topic :: Communications :: Email :: Post-Office :: POP3",
    "Topic :: Communications :: FIDO",
    "Topic :: Communications :: Fax",
    "Topic :: Communications :: File Sharing",
    "Topic :: Communications :: File Sharing :: Gnutella",
    "Topic :: Communications :: File Sharing :: Napster",
    "Topic :: Communications :: Ham Radio",
    "Topic :: Communications :: Internet Phone",
    "Topic :: Communications :: Telephony",
    "Topic :: Communications :: Usenet News",
    "Topic :: Database",
    "Topic :: Database :: Database Engines/Servers",
    "Topic :: Database :: Front-Ends",
    "Topic :: Desktop Environment",
    "Topic :: Desktop Environment :: File Managers",
    "Topic :: Desktop Environment :: GNUstep",
    "Topic :: Desktop Environment :: Gnome",
    "Topic :: Desktop Environment :: K Desktop Environment (KDE)",
    "Topic :: Desktop Environment :: K Desktop Environment (KDE) :: Themes",
    "Topic :: Desktop Environment :: PicoGUI",
    "Topic :: Desktop Environment :: PicoGUI :: Applications",
    "Topic :: Desktop Environment :: PicoGUI :: Themes",
    "Topic :: Desktop Environment :: Screen Savers",
    "Topic :: Desktop Environment :: Window Managers",
    "Topic :: Desktop Environment :: Window Managers :: Afterstep",
    "Topic :: Desktop Environment :: Window Managers :: Afterstep :: Themes",
    "Topic :: Desktop Environment :: Window Managers :: Applets",
    "Topic :: Desktop Environment :: Window Managers :: Blackbox",
    "Topic :: Desktop Environment :: Window Managers :: Blackbox :: Themes",
    "Topic :: Desktop Environment :: Window Managers :: CTWM",
    "Topic :: Desktop Environment :: Window Managers :: CTWM :: Themes",
    "Topic :: Desktop Environment :: Window Managers :: Enlightenment",
    "Topic :: Desktop Environment :: Window Managers :: Enlightenment :: Epplets",
    "Topic :: Desktop Environment :: Window Managers :: Enlightenment :: Themes DR15",
    "Topic :: Desktop Environment :: Window Managers :: Enlightenment :: Themes DR16",
    "Topic :: Desktop Environment :: Window Managers :: Enlightenment :: Themes DR17",
    "Topic :: Desktop Environment :: Window Managers :: FVWM",
    "Topic :: Desktop Environment :: Window Managers :: FVWM :: Themes",
    "Topic :: Desktop Environment :: Window Managers :: Fluxbox",
    "Topic :: Desktop Environment :: Window Managers :: Fluxbox :: Themes",
    "Topic :: Desktop Environment :: Window Managers :: IceWM",
    "Topic :: Desktop Environment :: Window Managers :: IceWM :: Themes",
    "Topic :: Desktop Environment :: Window Managers :: MetaCity",
    "Topic :: Desktop Environment :: Window Managers :: MetaCity :: Themes",
    "Topic :: Desktop Environment :: Window Managers :: Oroborus",
    "Topic :: Desktop Environment :: Window Managers :: Oroborus :: Themes",
    "Topic :: Desktop Environment :: Window Managers :: Sawfish",
    "Topic :: Desktop Environment :: Window Managers :: Sawfish :: Themes 0.30",
    "Topic :: Desktop Environment :: Window Managers :: Sawfish :: Themes pre-0.30",
    "Topic :: Desktop Environment :: Window Managers :: Waimea",
    "Topic :: Desktop Environment :: Window Managers :: Waimea :: Themes",
    "Topic :: Desktop Environment :: Window Managers :: Window Maker",
    "Topic :: Desktop Environment :: Window Managers :: Window Maker :: Applets",
    "Topic :: Desktop Environment :: Window Managers :: Window Maker :: Themes",
    "Topic :: Desktop Environment :: Window Managers :: XFCE",
    "Topic :: Desktop Environment :: Window Managers :: XFCE :: Themes",
    "Topic :: Documentation",
    "Topic :: Documentation :: Sphinx",
    "Topic :: Education",
    "Topic :: Education :: Computer Aided Instruction (CAI)",
    "Topic :: Education :: Testing",
    "Topic :: File Formats",
    "Topic :: File Formats :: JSON",
    "Topic :: File Formats :: JSON :: JSON Schema",
    "Topic :: Games/Entertainment",
    "Topic :: Games/Entertainment :: Arcade",
    "Topic :: Games/Entertainment :: Board Games",
    "Topic :: Games/Entertainment :: First Person Shooters",
    "Topic :: Games/Entertainment :: Fortune Cookies",
    "Topic :: Games/Entertainment :: Multi-User Dungeons (MUD)",
    "Topic :: Games/Entertainment :: Puzzle Games",
    "Topic :: Games/Entertainment :: Real Time Strategy",
    "Topic :: Games/Entertainment :: Role-Playing",
    "Topic :: Games/Entertainment :: Side-Scrolling/Arcade Games",
    "Topic :: Games/Entertainment :: Simulation",
    "Topic :: Games/Entertainment :: Turn Based Strategy",
    "Topic :: Home Automation",
    "Topic :: Internet",
    "Topic :: Internet :: File Transfer Protocol (FTP)",
    "Topic :: Internet :: Finger",
    "Topic :: Internet :: Log Analysis",
    "Topic :: Internet :: Name Service (DNS)",
    "Topic :: Internet :: Proxy Servers",
    "Topic :: Internet :: WAP",
    "Topic :: Internet :: WWW/HTTP",
    "Topic :: Internet :: WWW/HTTP :: Browsers",
    "Topic :: Internet :: WWW/HTTP :: Dynamic Content",
    "Topic :: Internet :: WWW/HTTP :: Dynamic Content :: CGI Tools/Libraries",
    "Topic :: Internet :: WWW/HTTP :: Dynamic Content :: Content Management System",
    "Topic :: Internet :: WWW/HTTP :: Dynamic Content :: Message Boards",
    "Topic :: Internet :: WWW/HTTP :: Dynamic Content :: News/Diary",
    "Topic :: Internet :: WWW/HTTP :: Dynamic Content :: Page Counters",
    "Topic :: Internet :: WWW/HTTP :: Dynamic Content :: Wiki",
    "Topic :: Internet :: WWW/HTTP :: HTTP Servers",
    "Topic :: Internet :: WWW/HTTP :: Indexing/Search",
    "Topic :: Internet :: WWW/HTTP :: Session",
    "Topic :: Internet :: WWW/HTTP :: Site Management",
    "Topic :: Internet :: WWW/HTTP :: Site Management :: Link Checking",
    "Topic :: Internet :: WWW/HTTP :: WSGI",
    "Topic :: Internet :: WWW/HTTP :: WSGI :: Application",
    "Topic :: Internet :: WWW/HTTP :: WSGI :: Middleware",
    "Topic :: Internet :: WWW/HTTP :: WSGI :: Server",
    "Topic :: Internet :: XMPP",
    "Topic :: Internet :: Z39.50",
    "Topic :: Multimedia",
    "Topic :: Multimedia :: Graphics",
    "Topic :: Multimedia :: Graphics :: 3D Modeling",
    "Topic :: Multimedia :: Graphics :: 3D Rendering",
    "Topic :: Multimedia :: Graphics :: Capture",
    "Topic :: Multimedia :: Graphics :: Capture :: Digital Camera",
    "Topic :: Multimedia :: Graphics :: Capture :: Scanners",
    "Topic :: Multimedia :: Graphics :: Capture :: Screen Capture",
    "Topic :: Multimedia :: Graphics :: Editors",
    "Topic :: Multimedia :: Graphics :: Editors :: Raster-Based",
    "Topic :: Multimedia :: Graphics :: Editors :: Vector-Based",
    "Topic :: Multimedia :: Graphics :: Graphics Conversion",
    "Topic :: Multimedia :: Graphics :: Presentation",
    "Topic :: Multimedia :: Graphics :: Viewers",
    "Topic :: Multimedia :: Sound/Audio",
    "Topic :: Multimedia :: Sound/Audio :: Analysis",
    "Topic :: Multimedia :: Sound/Audio :: CD Audio",
    "Topic :: Multimedia :: Sound/Audio :: CD Audio :: CD Playing",
    "Topic :: Multimedia :: Sound/Audio :: CD Audio :: CD Ripping",
    "Topic :: Multimedia :: Sound/Audio :: CD Audio :: CD Writing",
    "Topic :: Multimedia :: Sound/Audio :: Capture/Recording",
    "Topic :: Multimedia :: Sound/Audio :: Conversion",
    "Topic :: Multimedia :: Sound/Audio :: Editors",
    "Topic :: Multimedia :: Sound/Audio :: MIDI",
    "Topic :: Multimedia :: Sound/Audio :: Mixers",
    "Topic :: Multimedia :: Sound/Audio :: Players",
    "Topic :: Multimedia :: Sound/Audio :: Players :: MP3",
    "Topic :: Multimedia :: Sound/Audio :: Sound Synthesis",
    "Topic :: Multimedia :: Sound/Audio :: Speech",
    "Topic :: Multimedia :: Video",
    "Topic :: Multimedia :: Video :: Capture",
    "Topic :: Multimedia :: Video :: Conversion",
    "Topic :: Multimedia :: Video :: Display",
    "Topic :: Multimedia :: Video :: Non-Linear Editor",
    "Topic :: Office/Business",
    "Topic :: Office/Business :: Financial",
    "Topic :: Office/Business :: Financial :: Accounting",
    "Topic :: Office/Business :: Financial :: Investment",
    "Topic :: Office/Business :: Financial :: Point-Of-Sale",
    "Topic :: Office/Business :: Financial :: Spreadsheet",
    "Topic :: Office/Business :: Groupware",
    "Topic :: Office/Business :: News/Diary",
    "Topic :: Office/Business :: Office Suites",
    "Topic :: Office/Business :: Scheduling",
    "Topic :: Other/Nonlisted Topic",
    "Topic :: Printing",
    "Topic :: Religion",
    "Topic :: Scientific/Engineering",
    "Topic :: Scientific/Engineering :: Artificial Intelligence",
    "Topic :: Scientific/Engineering :: Artificial Life",
    "Topic :: Scientific/Engineering :: Astronomy",
    "Topic :: Scientific/Engineering :: Atmospheric Science",
    "Topic :: Scientific/Engineering :: Bio-Informatics",
    "Topic :: Scientific/Engineering :: Chemistry",
    "Topic :: Scientific/Engineering :: Electronic Design Automation (EDA)",
    "Topic :: Scientific/Engineering :: GIS",
    "Topic :: Scientific/Engineering :: Human Machine Interfaces",
    "Topic :: Scientific/Engineering :: Hydrology",
    "Topic :: Scientific/Engineering :: Image Processing",
    "Topic :: Scientific/Engineering :: Image Recognition",
    "Topic :: Scientific/Engineering :: Information Analysis",
    "Topic :: Scientific/Engineering :: Instrument Drivers",
    "Topic :: Scientific/Engineering :: Instrument Drivers :: IVI Conformant",
    "Topic :: Scientific/Engineering :: Interface Engine/Protocol Translator",
    "Topic :: Scientific/Engineering :: Mathematics",
    "Topic :: Scientific/Engineering :: Medical Science Apps.",
    "Topic :: Scientific/Engineering :: Oceanography",
    "Topic :: Scientific/Engineering :: Physics",
    "Topic :: Scientific/Engineering :: Quantum Computing",
    "Topic :: Scientific/Engineering :: Visualization",
    "Topic :: Security",
    "Topic :: Security :: Cryptography",
    "Topic :: Sociology",
    "Topic :: Sociology :: Genealogy",
    "Topic :: Sociology :: History",
    "Topic :: Software Development",
    "Topic :: Software Development :: Assemblers",
    "Topic :: Software Development :: Bug Tracking",
    "Topic :: Software Development :: Build Tools",
    "Topic :: Software Development :: Code Generators",
    "Topic :: Software Development :: Compilers",
    "Topic :: Software Development :: Debuggers",
    "Topic :: Software Development :: Disassemblers",
    "Topic :: Software Development :: Documentation",
    "Topic :: Software Development :: Embedded Systems",
    "Topic :: Software Development :: Embedded Systems :: Controller Area Network (CAN)",
    "Topic :: Software Development :: Embedded Systems :: Controller Area Network (CAN) :: CANopen",
    "Topic :: Software Development :: Embedded Systems :: Controller Area Network (CAN) :: J1939",
    "Topic :: Software Development :: Internationalization",
    "Topic :: Software Development :: Interpreters",
    "Topic :: Software Development :: Libraries",
    "Topic :: Software Development :: Libraries :: Application Frameworks",
    "Topic :: Software Development :: Libraries :: Java Libraries",
    "Topic :: Software Development :: Libraries :: PHP Classes",
    "Topic :: Software Development :: Libraries :: Perl Modules",
    "Topic :: Software Development :: Libraries :: Pike Modules",
    "Topic :: Software Development :: Libraries :: Python Modules",
    "Topic :: Software Development :: Libraries :: Ruby Modules",
    "Topic :: Software Development :: Libraries :: Tcl Extensions",
    "Topic :: Software Development :: Libraries :: pygame",
    "Topic :: Software Development :: Localization",
    "Topic :: Software Development :: Object Brokering",
    "Topic :: Software Development :: Object Brokering :: CORBA",
    "Topic :: Software Development :: Pre-processors",
    "Topic :: Software Development :: Quality Assurance",
    "Topic :: Software Development :: Testing",
    "Topic :: Software Development :: Testing :: Acceptance",
    "Topic :: Software Development :: Testing :: BDD",
    "Topic :: Software Development :: Testing :: Mocking",
    "Topic :: Software Development :: Testing :: Traffic Generation",
    "Topic :: Software Development :: Testing :: Unit",
    "Topic :: Software Development :: User Interfaces",
    "Topic :: Software Development :: Version Control",
    "Topic :: Software Development :: Version Control :: Bazaar",
    "Topic :: Software Development :: Version Control :: CVS",
    "Topic :: Software Development :: Version Control :: Git",
    "Topic :: Software Development :: Version Control :: Mercurial",
    "Topic :: Software Development :: Version Control :: RCS",
    "Topic :: Software Development :: Version Control :: SCCS",
    "Topic :: Software Development :: Widget Sets",
    "Topic :: System",
    "Topic :: System :: Archiving",
    "Topic :: System :: Archiving :: Backup",
    "Topic :: System :: Archiving :: Compression",
    "Topic :: System :: Archiving :: Mirroring",
    "Topic :: System :: Archiving :: Packaging",
    "Topic :: System :: Benchmark",
    "Topic :: System :: Boot",
    "Topic :: System :: Boot :: Init",
    "Topic :: System :: Clustering",
    "Topic :: System :: Console Fonts",
    "Topic :: System :: Distributed Computing",
    "Topic :: System :: Emulators",
    "Topic :: System :: Filesystems",
    "Topic :: System :: Hardware",
    "Topic :: System :: Hardware :: Hardware Drivers",
    "Topic :: System :: Hardware :: Mainframes",
    "Topic :: System :: Hardware :: Symmetric Multi-processing",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB)",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Audio",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Audio/Video (AV)",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Communications Device Class (CDC)",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Diagnostic Device",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Hub",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Human Interface Device (HID)",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Mass Storage",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Miscellaneous",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Printer",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Smart Card",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Vendor",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Video (UVC)",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Wireless Controller",
    "Topic :: System :: Installation/Setup",
    "Topic :: System :: Logging",
    "Topic :: System :: Monitoring",
    "Topic :: System :: Networking",
    "Topic :: System :: Networking :: Firewalls",
    "Topic :: System :: Networking :: Monitoring",
    "Topic :: System :: Networking :: Monitoring :: Hardware Watchdog",
    "Topic :: System :: Networking :: Time Synchronization",
    "Topic :: System :: Operating System",
    "Topic :: System :: Operating System Kernels",
    "Topic :: System :: Operating System Kernels :: BSD",
    "Topic :: System :: Operating System Kernels :: GNU Hurd",
    "Topic :: System :: Operating System Kernels :: Linux",
    "Topic :: System :: Power (UPS)",
    "Topic :: System :: Recovery Tools",
    "Topic :: System :: Shells",
    "Topic :: System :: Software Distribution",
    "Topic :: System :: System Shells",
    "Topic :: System :: Systems Administration",
    "Topic :: System :: Systems Administration :: Authentication/Directory",
    "Topic :: System :: Systems Administration :: Authentication/Directory :: LDAP",
    "Topic :: System :: Systems Administration :: Authentication/Directory :: NIS",
    "Topic :: Terminals",
    "Topic :: Terminals :: Serial",
    "Topic :: Terminals :: Telnet",
    "Topic :: Terminals :: Terminal Emulators/X Terminals",
    "Topic :: Text Editors",
    "Topic :: Text Editors :: Documentation",
    "Topic :: Text Editors :: Emacs",
    "Topic :: Text Editors :: Integrated Development Environments (IDE)",
    "Topic :: Text Editors :: Text Processing",
    "Topic :: Text Editors :: Word Processors",
    "Topic :: Text Processing",
    "Topic :: Text Processing :: Filters",
    "Topic :: Text Processing :: Fonts",
    "Topic :: Text Processing :: General",
    "Topic :: Text Processing :: Indexing",
    "Topic :: Text Processing :: Linguistic",
    "Topic :: Text Processing :: Markup",
    "Topic :: Text Processing :: Markup :: HTML",
    "Topic :: Text Processing :: Markup :: LaTeX",
    "Topic :: Text Processing :: Markup :: Markdown",
    "Topic :: Text Processing :: Markup :: SGML",
    "Topic :: Text Processing :: Markup :: VRML",
    "Topic :: Text Processing :: Markup :: XML",
    "Topic :: Text Processing :: Markup :: reStructuredText",
    "Topic :: Utilities",
    "Typing :: Stubs Only",
    "Typing :: Typed"
  ],
  deprecated: {
    "Framework :: Django CMS :: 4.2": [
      "Framework :: Django CMS :: 5.0"
    ],
    "License :: OSI Approved :: Intel Open Source License": [],
    "License :: OSI Approved :: Jabber Open Source License": [],
    "License :: OSI Approved :: MITRE Collaborative Virtual Workspace License (CVW)": [],
    "License :: OSI Approved :: Sun Industry Standards Source License (SISSL)": [],
    "License :: OSI Approved :: X.Net License": [],
    "Natural Language :: Ukranian": [
      "Natural Language :: Ukrainian"
    ],
    "Topic :: Communications :: Chat :: AOL Instant Messenger": []
  }
};

// src/dists/pep508.ts
var import_pep4404 = __toESM(require_pep440(), 1);
function isValidSpecifierSet(text) {
  return text.split(",").map((s) => s.trim()).filter((s) => s !== "").every((s) => SINGLE_SPECIFIER.test(s) && (0, import_pep4404.validRange)(s) !== null && (0, import_pep4404.validRange)(s) !== false);
}
var SINGLE_SPECIFIER = /^(===|==|~=|!=|<=|>=|<|>)\s*\S+$/;
var NAME = /[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/y;
var VARIABLE = /(?:python_version|python_full_version|os[._]name|sys[._]platform|platform_release|platform_system|platform[._]version|platform[._]machine|platform[._]python_implementation|python_implementation|implementation_name|implementation_version|extras?|dependency_groups)(?![A-Za-z0-9_])/y;
var QUOTED = /'[^']*'|"[^"]*"/y;
var MARKER_OP = /(?:===|==|~=|!=|<=|>=|<|>|in(?![A-Za-z0-9_])|not\s+in(?![A-Za-z0-9_]))/y;
var BOOL_OP = /(?:and|or)(?![A-Za-z0-9_])/y;
var Cursor = class {
  constructor(text) {
    this.text = text;
  }
  text;
  at = 0;
  ws() {
    const start = this.at;
    while (this.at < this.text.length && (this.text[this.at] === " " || this.text[this.at] === "	")) this.at++;
    return this.at > start;
  }
  eat(literal) {
    if (!this.text.startsWith(literal, this.at)) return false;
    this.at += literal.length;
    return true;
  }
  match(re) {
    re.lastIndex = this.at;
    const m = re.exec(this.text);
    if (m === null) return void 0;
    this.at += m[0].length;
    return m[0];
  }
  done() {
    return this.at >= this.text.length;
  }
  fail(expected) {
    throw new Pep508Error(`Expected ${expected}, at column ${this.at + 1}: ${this.text}`);
  }
};
var Pep508Error = class extends Error {
};
function parseRequirement(text) {
  const c = new Cursor(text);
  c.ws();
  const name = c.match(NAME);
  if (name === void 0) c.fail("a package name");
  c.ws();
  const extras = [];
  if (c.eat("[")) {
    c.ws();
    if (!c.eat("]")) {
      for (; ; ) {
        const extra = c.match(NAME);
        if (extra === void 0) c.fail("an extra name");
        extras.push(extra);
        c.ws();
        if (c.eat("]")) break;
        if (!c.eat(",")) c.fail("',' or ']' after an extra");
        c.ws();
      }
    }
    c.ws();
  }
  let url;
  let specifier = "";
  let marker;
  if (c.eat("@")) {
    c.ws();
    url = c.match(/[^ \t]+/y);
    if (url === void 0) c.fail("a URL after @");
    if (!c.ws()) {
      if (!c.done()) c.fail("whitespace after the URL");
    } else if (c.eat(";")) marker = parseMarker(c);
  } else {
    const paren = c.eat("(");
    if (paren) c.ws();
    const start = c.at;
    const end = paren ? text.indexOf(")", start) : text.indexOf(";", start);
    const raw = end < 0 ? text.slice(start) : text.slice(start, end);
    if (paren && end < 0) c.fail("')' to close the version specifier");
    specifier = raw.trim();
    if (specifier !== "" && !isValidSpecifierSet(specifier)) {
      throw new Pep508Error(`Invalid version specifier '${specifier}': ${text}`);
    }
    c.at = start + raw.length;
    if (paren) c.eat(")");
    c.ws();
    if (c.eat(";")) marker = parseMarker(c);
  }
  c.ws();
  if (!c.done()) c.fail(marker === void 0 ? "a version specifier, '@ url' or ';' and a marker" : "the end of the marker");
  return { name, extras, url, specifier, marker };
}
function parseMarker(c) {
  c.ws();
  const start = c.at;
  markerOr(c);
  return c.text.slice(start, c.at).trim();
}
function markerOr(c) {
  markerAtom(c);
  for (; ; ) {
    const save = c.at;
    c.ws();
    if (c.match(BOOL_OP) === void 0) {
      c.at = save;
      return;
    }
    markerAtom(c);
  }
}
function markerAtom(c) {
  c.ws();
  if (c.eat("(")) {
    markerOr(c);
    c.ws();
    if (!c.eat(")")) c.fail("')' to close the marker group");
    return;
  }
  markerVar(c);
  c.ws();
  if (c.match(MARKER_OP) === void 0) c.fail("a marker operator (==, !=, <, <=, >, >=, ~=, ===, in, not in)");
  c.ws();
  markerVar(c);
}
function markerVar(c) {
  if (c.match(VARIABLE) === void 0 && c.match(QUOTED) === void 0) {
    c.fail("a marker variable (python_version, sys_platform, extra, ...) or a quoted string");
  }
}

// node_modules/spdx-license-ids/index.json
var spdx_license_ids_default = [
  "0BSD",
  "3D-Slicer-1.0",
  "AAL",
  "ADSL",
  "AFL-1.1",
  "AFL-1.2",
  "AFL-2.0",
  "AFL-2.1",
  "AFL-3.0",
  "AGPL-1.0-only",
  "AGPL-1.0-or-later",
  "AGPL-3.0-only",
  "AGPL-3.0-or-later",
  "ALGLIB-Documentation",
  "AMD-newlib",
  "AMDPLPA",
  "AML",
  "AML-glslang",
  "AMPAS",
  "ANTLR-PD",
  "ANTLR-PD-fallback",
  "APAFML",
  "APL-1.0",
  "APSL-1.0",
  "APSL-1.1",
  "APSL-1.2",
  "APSL-2.0",
  "ASWF-Digital-Assets-1.0",
  "ASWF-Digital-Assets-1.1",
  "Abstyles",
  "AdaCore-doc",
  "Adobe-2006",
  "Adobe-Display-PostScript",
  "Adobe-Glyph",
  "Adobe-Utopia",
  "Advanced-Cryptics-Dictionary",
  "Afmparse",
  "Aladdin",
  "Apache-1.0",
  "Apache-1.1",
  "Apache-2.0",
  "App-s2p",
  "Arphic-1999",
  "Artistic-1.0",
  "Artistic-1.0-Perl",
  "Artistic-1.0-cl8",
  "Artistic-2.0",
  "Artistic-dist",
  "Aspell-RU",
  "BOLA-1.1",
  "BSD-1-Clause",
  "BSD-2-Clause",
  "BSD-2-Clause-Darwin",
  "BSD-2-Clause-Patent",
  "BSD-2-Clause-Views",
  "BSD-2-Clause-first-lines",
  "BSD-2-Clause-pkgconf-disclaimer",
  "BSD-2-Clause-pos-unchanged",
  "BSD-3-Clause",
  "BSD-3-Clause-Attribution",
  "BSD-3-Clause-Clear",
  "BSD-3-Clause-HP",
  "BSD-3-Clause-LBNL",
  "BSD-3-Clause-Modification",
  "BSD-3-Clause-No-Military-License",
  "BSD-3-Clause-No-Nuclear-License",
  "BSD-3-Clause-No-Nuclear-License-2014",
  "BSD-3-Clause-No-Nuclear-Warranty",
  "BSD-3-Clause-Open-MPI",
  "BSD-3-Clause-OpenWebUI",
  "BSD-3-Clause-Sun",
  "BSD-3-Clause-Tso",
  "BSD-3-Clause-acpica",
  "BSD-3-Clause-flex",
  "BSD-4-Clause",
  "BSD-4-Clause-Shortened",
  "BSD-4-Clause-UC",
  "BSD-4.3RENO",
  "BSD-4.3TAHOE",
  "BSD-Advertising-Acknowledgement",
  "BSD-Attribution-HPND-disclaimer",
  "BSD-Inferno-Nettverk",
  "BSD-Mark-Modifications",
  "BSD-Protection",
  "BSD-Source-Code",
  "BSD-Source-Code-no-disclaimer",
  "BSD-Source-alt-GPL",
  "BSD-Source-beginning-file",
  "BSD-Systemics",
  "BSD-Systemics-W3Works",
  "BSD-ask-to-endorse",
  "BSL-1.0",
  "BUSL-1.1",
  "Baekmuk",
  "Bahyph",
  "Barr",
  "Beerware",
  "BitTorrent-1.0",
  "BitTorrent-1.1",
  "Bitstream-Charter",
  "Bitstream-Vera",
  "BlueOak-1.0.0",
  "Boehm-GC",
  "Boehm-GC-without-fee",
  "Borceux",
  "Brian-Gladman-2-Clause",
  "Brian-Gladman-3-Clause",
  "Brian-Gladman-3-Clause-no-conversion",
  "Buddy",
  "Bugroff",
  "C-UDA-1.0",
  "CAL-1.0",
  "CAL-1.0-Combined-Work-Exception",
  "CAPEC-tou",
  "CATOSL-1.1",
  "CC-BY-1.0",
  "CC-BY-2.0",
  "CC-BY-2.5",
  "CC-BY-2.5-AU",
  "CC-BY-3.0",
  "CC-BY-3.0-AT",
  "CC-BY-3.0-AU",
  "CC-BY-3.0-DE",
  "CC-BY-3.0-IGO",
  "CC-BY-3.0-NL",
  "CC-BY-3.0-US",
  "CC-BY-4.0",
  "CC-BY-NC-1.0",
  "CC-BY-NC-2.0",
  "CC-BY-NC-2.5",
  "CC-BY-NC-3.0",
  "CC-BY-NC-3.0-DE",
  "CC-BY-NC-3.0-IGO",
  "CC-BY-NC-4.0",
  "CC-BY-NC-ND-1.0",
  "CC-BY-NC-ND-2.0",
  "CC-BY-NC-ND-2.5",
  "CC-BY-NC-ND-3.0",
  "CC-BY-NC-ND-3.0-DE",
  "CC-BY-NC-ND-3.0-IGO",
  "CC-BY-NC-ND-4.0",
  "CC-BY-NC-SA-1.0",
  "CC-BY-NC-SA-2.0",
  "CC-BY-NC-SA-2.0-DE",
  "CC-BY-NC-SA-2.0-FR",
  "CC-BY-NC-SA-2.0-UK",
  "CC-BY-NC-SA-2.5",
  "CC-BY-NC-SA-3.0",
  "CC-BY-NC-SA-3.0-DE",
  "CC-BY-NC-SA-3.0-IGO",
  "CC-BY-NC-SA-4.0",
  "CC-BY-ND-1.0",
  "CC-BY-ND-2.0",
  "CC-BY-ND-2.5",
  "CC-BY-ND-3.0",
  "CC-BY-ND-3.0-DE",
  "CC-BY-ND-4.0",
  "CC-BY-SA-1.0",
  "CC-BY-SA-2.0",
  "CC-BY-SA-2.0-UK",
  "CC-BY-SA-2.1-JP",
  "CC-BY-SA-2.5",
  "CC-BY-SA-3.0",
  "CC-BY-SA-3.0-AT",
  "CC-BY-SA-3.0-DE",
  "CC-BY-SA-3.0-IGO",
  "CC-BY-SA-4.0",
  "CC-PDDC",
  "CC-PDM-1.0",
  "CC-SA-1.0",
  "CC0-1.0",
  "CDDL-1.0",
  "CDDL-1.1",
  "CDL-1.0",
  "CDLA-Permissive-1.0",
  "CDLA-Permissive-2.0",
  "CDLA-Sharing-1.0",
  "CECILL-1.0",
  "CECILL-1.1",
  "CECILL-2.0",
  "CECILL-2.1",
  "CECILL-B",
  "CECILL-C",
  "CERN-OHL-1.1",
  "CERN-OHL-1.2",
  "CERN-OHL-P-2.0",
  "CERN-OHL-S-2.0",
  "CERN-OHL-W-2.0",
  "CFITSIO",
  "CMU-Mach",
  "CMU-Mach-nodoc",
  "CNRI-Jython",
  "CNRI-Python",
  "CNRI-Python-GPL-Compatible",
  "COIL-1.0",
  "CPAL-1.0",
  "CPL-1.0",
  "CPOL-1.02",
  "CUA-OPL-1.0",
  "Caldera",
  "Caldera-no-preamble",
  "Catharon",
  "ClArtistic",
  "Clips",
  "Community-Spec-1.0",
  "Condor-1.1",
  "Cornell-Lossless-JPEG",
  "Cronyx",
  "Crossword",
  "CryptoSwift",
  "CrystalStacker",
  "Cube",
  "D-FSL-1.0",
  "DEC-3-Clause",
  "DL-DE-BY-2.0",
  "DL-DE-ZERO-2.0",
  "DOC",
  "DRL-1.0",
  "DRL-1.1",
  "DSDP",
  "DocBook-DTD",
  "DocBook-Schema",
  "DocBook-Stylesheet",
  "DocBook-XML",
  "Dotseqn",
  "ECL-1.0",
  "ECL-2.0",
  "EFL-1.0",
  "EFL-2.0",
  "EPICS",
  "EPL-1.0",
  "EPL-2.0",
  "ESA-PL-permissive-2.4",
  "ESA-PL-strong-copyleft-2.4",
  "ESA-PL-weak-copyleft-2.4",
  "EUDatagrid",
  "EUPL-1.0",
  "EUPL-1.1",
  "EUPL-1.2",
  "Elastic-2.0",
  "Entessa",
  "ErlPL-1.1",
  "Eurosym",
  "FBM",
  "FDK-AAC",
  "FDK-MPEG-H",
  "FSFAP",
  "FSFAP-no-warranty-disclaimer",
  "FSFUL",
  "FSFULLR",
  "FSFULLRSD",
  "FSFULLRWD",
  "FSL-1.1-ALv2",
  "FSL-1.1-MIT",
  "FTL",
  "Fair",
  "Ferguson-Twofish",
  "Frameworx-1.0",
  "FreeBSD-DOC",
  "FreeImage",
  "Furuseth",
  "GCR-docs",
  "GD",
  "GFDL-1.1-invariants-only",
  "GFDL-1.1-invariants-or-later",
  "GFDL-1.1-no-invariants-only",
  "GFDL-1.1-no-invariants-or-later",
  "GFDL-1.1-only",
  "GFDL-1.1-or-later",
  "GFDL-1.2-invariants-only",
  "GFDL-1.2-invariants-or-later",
  "GFDL-1.2-no-invariants-only",
  "GFDL-1.2-no-invariants-or-later",
  "GFDL-1.2-only",
  "GFDL-1.2-or-later",
  "GFDL-1.3-invariants-only",
  "GFDL-1.3-invariants-or-later",
  "GFDL-1.3-no-invariants-only",
  "GFDL-1.3-no-invariants-or-later",
  "GFDL-1.3-only",
  "GFDL-1.3-or-later",
  "GL2PS",
  "GLWTPL",
  "GPL-1.0-only",
  "GPL-1.0-or-later",
  "GPL-2.0-only",
  "GPL-2.0-or-later",
  "GPL-3.0-only",
  "GPL-3.0-or-later",
  "Game-Programming-Gems",
  "Giftware",
  "Glide",
  "Glulxe",
  "Graphics-Gems",
  "Gutmann",
  "HDF5",
  "HIDAPI",
  "HP-1986",
  "HP-1989",
  "HPND",
  "HPND-DEC",
  "HPND-Fenneberg-Livingston",
  "HPND-INRIA-IMAG",
  "HPND-Intel",
  "HPND-Kevlin-Henney",
  "HPND-MIT-disclaimer",
  "HPND-Markus-Kuhn",
  "HPND-Netrek",
  "HPND-Pbmplus",
  "HPND-SMC",
  "HPND-UC",
  "HPND-UC-export-US",
  "HPND-doc",
  "HPND-doc-sell",
  "HPND-export-US",
  "HPND-export-US-acknowledgement",
  "HPND-export-US-modify",
  "HPND-export2-US",
  "HPND-merchantability-variant",
  "HPND-sell-MIT-disclaimer-xserver",
  "HPND-sell-regexpr",
  "HPND-sell-variant",
  "HPND-sell-variant-MIT-disclaimer",
  "HPND-sell-variant-MIT-disclaimer-rev",
  "HPND-sell-variant-critical-systems",
  "HTMLTIDY",
  "HaskellReport",
  "Hippocratic-2.1",
  "Hippocratic-3.0-core",
  "IBM-pibs",
  "ICU",
  "IEC-Code-Components-EULA",
  "IJG",
  "IJG-short",
  "IPA",
  "IPL-1.0",
  "ISC",
  "ISC-Veillard",
  "ISO-permission",
  "ImageMagick",
  "Imlib2",
  "Info-ZIP",
  "Informatica",
  "Inner-Net-2.0",
  "InnoSetup",
  "Intel",
  "Intel-ACPI",
  "Interbase-1.0",
  "JPL-image",
  "JPNIC",
  "JSON",
  "Jam",
  "JasPer-2.0",
  "Kastrup",
  "Kazlib",
  "Knuth-CTAN",
  "LAL-1.2",
  "LAL-1.3",
  "LGPL-2.0-only",
  "LGPL-2.0-or-later",
  "LGPL-2.1-only",
  "LGPL-2.1-or-later",
  "LGPL-3.0-only",
  "LGPL-3.0-or-later",
  "LGPLLR",
  "LOOP",
  "LPD-document",
  "LPL-1.0",
  "LPL-1.02",
  "LPPL-1.0",
  "LPPL-1.1",
  "LPPL-1.2",
  "LPPL-1.3a",
  "LPPL-1.3c",
  "LZMA-SDK-9.11-to-9.20",
  "LZMA-SDK-9.22",
  "Latex2e",
  "Latex2e-translated-notice",
  "Leptonica",
  "LiLiQ-P-1.1",
  "LiLiQ-R-1.1",
  "LiLiQ-Rplus-1.1",
  "Libpng",
  "Linux-OpenIB",
  "Linux-man-pages-1-para",
  "Linux-man-pages-copyleft",
  "Linux-man-pages-copyleft-2-para",
  "Linux-man-pages-copyleft-var",
  "Lucida-Bitmap-Fonts",
  "MIPS",
  "MIT",
  "MIT-0",
  "MIT-CMU",
  "MIT-Click",
  "MIT-Festival",
  "MIT-Khronos-old",
  "MIT-Modern-Variant",
  "MIT-STK",
  "MIT-Wu",
  "MIT-advertising",
  "MIT-enna",
  "MIT-feh",
  "MIT-open-group",
  "MIT-testregex",
  "MITNFA",
  "MMIXware",
  "MMPL-1.0.1",
  "MPEG-SSG",
  "MPL-1.0",
  "MPL-1.1",
  "MPL-2.0",
  "MPL-2.0-no-copyleft-exception",
  "MS-LPL",
  "MS-PL",
  "MS-RL",
  "MTLL",
  "MVT-1.1",
  "Mackerras-3-Clause",
  "Mackerras-3-Clause-acknowledgment",
  "MakeIndex",
  "Martin-Birgmeier",
  "McPhee-slideshow",
  "Minpack",
  "MirOS",
  "Motosoto",
  "MulanPSL-1.0",
  "MulanPSL-2.0",
  "Multics",
  "Mup",
  "NAIST-2003",
  "NASA-1.3",
  "NBPL-1.0",
  "NCBI-PD",
  "NCGL-UK-2.0",
  "NCL",
  "NCSA",
  "NGPL",
  "NICTA-1.0",
  "NIST-PD",
  "NIST-PD-TNT",
  "NIST-PD-fallback",
  "NIST-Software",
  "NLOD-1.0",
  "NLOD-2.0",
  "NLPL",
  "NOSL",
  "NPL-1.0",
  "NPL-1.1",
  "NPOSL-3.0",
  "NRL",
  "NTIA-PD",
  "NTP",
  "NTP-0",
  "Naumen",
  "NetCDF",
  "Newsletr",
  "Nokia",
  "Noweb",
  "O-UDA-1.0",
  "OAR",
  "OCCT-PL",
  "OCLC-2.0",
  "ODC-By-1.0",
  "ODbL-1.0",
  "OFFIS",
  "OFL-1.0",
  "OFL-1.0-RFN",
  "OFL-1.0-no-RFN",
  "OFL-1.1",
  "OFL-1.1-RFN",
  "OFL-1.1-no-RFN",
  "OGC-1.0",
  "OGDL-Taiwan-1.0",
  "OGL-Canada-2.0",
  "OGL-UK-1.0",
  "OGL-UK-2.0",
  "OGL-UK-3.0",
  "OGTSL",
  "OLDAP-1.1",
  "OLDAP-1.2",
  "OLDAP-1.3",
  "OLDAP-1.4",
  "OLDAP-2.0",
  "OLDAP-2.0.1",
  "OLDAP-2.1",
  "OLDAP-2.2",
  "OLDAP-2.2.1",
  "OLDAP-2.2.2",
  "OLDAP-2.3",
  "OLDAP-2.4",
  "OLDAP-2.5",
  "OLDAP-2.6",
  "OLDAP-2.7",
  "OLDAP-2.8",
  "OLFL-1.3",
  "OML",
  "OPL-1.0",
  "OPL-UK-3.0",
  "OPUBL-1.0",
  "OSC-1.0",
  "OSET-PL-2.1",
  "OSL-1.0",
  "OSL-1.1",
  "OSL-2.0",
  "OSL-2.1",
  "OSL-3.0",
  "OSSP",
  "OpenMDW-1.0",
  "OpenPBS-2.3",
  "OpenSSL",
  "OpenSSL-standalone",
  "OpenVision",
  "PADL",
  "PDDL-1.0",
  "PHP-3.0",
  "PHP-3.01",
  "PPL",
  "PSF-2.0",
  "ParaType-Free-Font-1.3",
  "Parity-6.0.0",
  "Parity-7.0.0",
  "Pixar",
  "Plexus",
  "PolyForm-Noncommercial-1.0.0",
  "PolyForm-Small-Business-1.0.0",
  "PostgreSQL",
  "Python-2.0",
  "Python-2.0.1",
  "QPL-1.0",
  "QPL-1.0-INRIA-2004",
  "Qhull",
  "RHeCos-1.1",
  "RPL-1.1",
  "RPL-1.5",
  "RPSL-1.0",
  "RSA-MD",
  "RSCPL",
  "Rdisc",
  "Ruby",
  "Ruby-pty",
  "SAX-PD",
  "SAX-PD-2.0",
  "SCEA",
  "SGI-B-1.0",
  "SGI-B-1.1",
  "SGI-B-2.0",
  "SGI-OpenGL",
  "SGMLUG-PM",
  "SGP4",
  "SHL-0.5",
  "SHL-0.51",
  "SISSL",
  "SISSL-1.2",
  "SL",
  "SMAIL-GPL",
  "SMLNJ",
  "SMPPL",
  "SNIA",
  "SOFA",
  "SPL-1.0",
  "SSH-OpenSSH",
  "SSH-short",
  "SSLeay-standalone",
  "SSPL-1.0",
  "SUL-1.0",
  "SWL",
  "Saxpath",
  "SchemeReport",
  "Sendmail",
  "Sendmail-8.23",
  "Sendmail-Open-Source-1.1",
  "SimPL-2.0",
  "Sleepycat",
  "Soundex",
  "Spencer-86",
  "Spencer-94",
  "Spencer-99",
  "SugarCRM-1.1.3",
  "Sun-PPP",
  "Sun-PPP-2000",
  "SunPro",
  "Symlinks",
  "TAPR-OHL-1.0",
  "TCL",
  "TCP-wrappers",
  "TGPPL-1.0",
  "TMate",
  "TORQUE-1.1",
  "TOSL",
  "TPDL",
  "TPL-1.0",
  "TTWL",
  "TTYP0",
  "TU-Berlin-1.0",
  "TU-Berlin-2.0",
  "TekHVC",
  "TermReadKey",
  "ThirdEye",
  "TrustedQSL",
  "UCAR",
  "UCL-1.0",
  "UMich-Merit",
  "UPL-1.0",
  "URT-RLE",
  "Ubuntu-font-1.0",
  "UnRAR",
  "Unicode-3.0",
  "Unicode-DFS-2015",
  "Unicode-DFS-2016",
  "Unicode-TOU",
  "UnixCrypt",
  "Unlicense",
  "Unlicense-libtelnet",
  "Unlicense-libwhirlpool",
  "VOSTROM",
  "VSL-1.0",
  "Vim",
  "Vixie-Cron",
  "W3C",
  "W3C-19980720",
  "W3C-20150513",
  "WTFNMFPL",
  "WTFPL",
  "Watcom-1.0",
  "Widget-Workshop",
  "WordNet",
  "Wsuipa",
  "X11",
  "X11-distribute-modifications-variant",
  "X11-no-permit-persons",
  "X11-swapped",
  "XFree86-1.1",
  "XSkat",
  "Xdebug-1.03",
  "Xerox",
  "Xfig",
  "Xnet",
  "YPL-1.0",
  "YPL-1.1",
  "ZPL-1.1",
  "ZPL-2.0",
  "ZPL-2.1",
  "Zed",
  "Zeeff",
  "Zend-2.0",
  "Zimbra-1.3",
  "Zimbra-1.4",
  "Zlib",
  "any-OSI",
  "any-OSI-perl-modules",
  "atc-game",
  "bcrypt-Solar-Designer",
  "blessing",
  "bzip2-1.0.6",
  "check-cvs",
  "checkmk",
  "copyleft-next-0.3.0",
  "copyleft-next-0.3.1",
  "curl",
  "cve-tou",
  "diffmark",
  "dtoa",
  "dvipdfm",
  "eGenix",
  "etalab-2.0",
  "fwlw",
  "gSOAP-1.3b",
  "generic-xts",
  "gnuplot",
  "gtkbook",
  "hdparm",
  "hyphen-bulgarian",
  "iMatix",
  "jove",
  "libpng-1.6.35",
  "libpng-2.0",
  "libselinux-1.0",
  "libtiff",
  "libutil-David-Nugent",
  "lsof",
  "magaz",
  "mailprio",
  "man2html",
  "metamail",
  "mpi-permissive",
  "mpich2",
  "mplus",
  "ngrep",
  "pkgconf",
  "pnmstitch",
  "psfrag",
  "psutils",
  "python-ldap",
  "radvd",
  "snprintf",
  "softSurfer",
  "ssh-keyscan",
  "swrule",
  "threeparttable",
  "ulem",
  "w3m",
  "wwl",
  "xinetd",
  "xkeyboard-config-Zinoviev",
  "xlock",
  "xpp",
  "xzoom",
  "zlib-acknowledgement"
];

// node_modules/spdx-license-ids/deprecated.json
var deprecated_default = [
  "AGPL-1.0",
  "AGPL-3.0",
  "BSD-2-Clause-FreeBSD",
  "BSD-2-Clause-NetBSD",
  "GFDL-1.1",
  "GFDL-1.2",
  "GFDL-1.3",
  "GPL-1.0",
  "GPL-2.0",
  "GPL-2.0-with-GCC-exception",
  "GPL-2.0-with-autoconf-exception",
  "GPL-2.0-with-bison-exception",
  "GPL-2.0-with-classpath-exception",
  "GPL-2.0-with-font-exception",
  "GPL-3.0",
  "GPL-3.0-with-GCC-exception",
  "GPL-3.0-with-autoconf-exception",
  "LGPL-2.0",
  "LGPL-2.1",
  "LGPL-3.0",
  "Net-SNMP",
  "Nunit",
  "StandardML-NJ",
  "bzip2-1.0.5",
  "eCos-2.0",
  "wxWindows"
];

// node_modules/spdx-exceptions/index.json
var spdx_exceptions_default = [
  "389-exception",
  "Asterisk-exception",
  "Autoconf-exception-2.0",
  "Autoconf-exception-3.0",
  "Autoconf-exception-generic",
  "Autoconf-exception-generic-3.0",
  "Autoconf-exception-macro",
  "Bison-exception-1.24",
  "Bison-exception-2.2",
  "Bootloader-exception",
  "Classpath-exception-2.0",
  "CLISP-exception-2.0",
  "cryptsetup-OpenSSL-exception",
  "DigiRule-FOSS-exception",
  "eCos-exception-2.0",
  "Fawkes-Runtime-exception",
  "FLTK-exception",
  "fmt-exception",
  "Font-exception-2.0",
  "freertos-exception-2.0",
  "GCC-exception-2.0",
  "GCC-exception-2.0-note",
  "GCC-exception-3.1",
  "Gmsh-exception",
  "GNAT-exception",
  "GNOME-examples-exception",
  "GNU-compiler-exception",
  "gnu-javamail-exception",
  "GPL-3.0-interface-exception",
  "GPL-3.0-linking-exception",
  "GPL-3.0-linking-source-exception",
  "GPL-CC-1.0",
  "GStreamer-exception-2005",
  "GStreamer-exception-2008",
  "i2p-gpl-java-exception",
  "KiCad-libraries-exception",
  "LGPL-3.0-linking-exception",
  "libpri-OpenH323-exception",
  "Libtool-exception",
  "Linux-syscall-note",
  "LLGPL",
  "LLVM-exception",
  "LZMA-exception",
  "mif-exception",
  "OCaml-LGPL-linking-exception",
  "OCCT-exception-1.0",
  "OpenJDK-assembly-exception-1.0",
  "openvpn-openssl-exception",
  "PS-or-PDF-font-exception-20170817",
  "QPL-1.0-INRIA-2004-exception",
  "Qt-GPL-exception-1.0",
  "Qt-LGPL-exception-1.1",
  "Qwt-exception-1.0",
  "SANE-exception",
  "SHL-2.0",
  "SHL-2.1",
  "stunnel-exception",
  "SWI-exception",
  "Swift-exception",
  "Texinfo-exception",
  "u-boot-exception-2.0",
  "UBDL-exception",
  "Universal-FOSS-exception-1.0",
  "vsftpd-openssl-exception",
  "WxWindows-exception-3.1",
  "x11vnc-openssl-exception"
];

// node_modules/spdx-exceptions/deprecated.json
var deprecated_default2 = [
  "Nokia-Qt-exception-1.1"
];

// src/dists/spdx.ts
var LICENSES = new Set([...spdx_license_ids_default, ...deprecated_default].map((id) => id.toLowerCase()));
var EXCEPTIONS = new Set([...spdx_exceptions_default, ...deprecated_default2].map((id) => id.toLowerCase()));
var LICENSE_REF = /^licenseref-[a-z0-9.-]*$/;
function licenseExpressionProblem(expression) {
  const invalid = `Invalid license expression: '${expression}'`;
  const tokens = expression.replace(/\(/g, " ( ").replace(/\)/g, " ) ").toLowerCase().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return invalid;
  let depth = 0;
  let expectOperand = true;
  let afterWith = false;
  for (const token of tokens) {
    if (token === "(") {
      if (!expectOperand) return invalid;
      depth++;
    } else if (token === ")") {
      if (expectOperand || depth === 0) return invalid;
      depth--;
    } else if (token === "and" || token === "or" || token === "with") {
      if (expectOperand) return invalid;
      expectOperand = true;
      afterWith = token === "with";
      continue;
    } else {
      if (!expectOperand) return invalid;
      expectOperand = false;
      if (afterWith) {
        if (!EXCEPTIONS.has(token)) return `Unknown license exception: '${token}'`;
      } else {
        const id = token.endsWith("+") ? token.slice(0, -1) : token;
        if (id.startsWith("licenseref-")) {
          if (!LICENSE_REF.test(id)) return `Invalid licenseref: '${id}'`;
        } else if (!LICENSES.has(id)) return `Unknown license: '${id}'`;
      }
    }
    afterWith = false;
  }
  return expectOperand || depth !== 0 ? invalid : void 0;
}

// src/dists/check-fields.ts
var CLASSIFIERS = new Set(trove_classifiers_default.classifiers);
var DEPRECATED = trove_classifiers_default.deprecated;
var CORE_METADATA = "https://packaging.python.org/specifications/core-metadata";
var EXTRA_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
var PROJECT_URL_LABEL_LIMIT = 32;
var KNOWN_FIELDS = /* @__PURE__ */ new Set([
  "metadata-version",
  "name",
  "version",
  "dynamic",
  "platform",
  "supported-platform",
  "summary",
  "description",
  "description-content-type",
  "keywords",
  "home-page",
  "download-url",
  "author",
  "author-email",
  "maintainer",
  "maintainer-email",
  "license",
  "license-expression",
  "license-file",
  "classifier",
  "requires-dist",
  "requires-python",
  "requires-external",
  "project-url",
  "provides-extra",
  "provides-dist",
  "obsoletes-dist",
  "requires",
  "provides",
  "obsoletes",
  "import-name",
  "import-namespace"
]);
function* fieldProblems(metadata) {
  yield* classifiers(metadata);
  yield* requirements(metadata);
  yield* requiresPython(metadata);
  yield* providesExtra(metadata);
  yield* urls(metadata);
  yield* descriptionContentType(metadata);
  yield* licenseExpression(metadata);
  yield* licenseFilePaths(metadata);
  yield* dynamic(metadata);
  yield* emails(metadata);
}
function* classifiers(metadata) {
  const given = [...new Set(metadata.headers["classifier"] ?? [])].sort();
  for (const classifier of given) {
    if (!CLASSIFIERS.has(classifier)) {
      yield {
        message: `${pyRepr(classifier)} is not a valid classifier.`,
        hint: `Use only classifiers listed at https://pypi.org/classifiers/ (spelling, spaces and ' :: ' separators exactly as there); a private classifier such as 'Private :: Do Not Upload' is meant to stop uploads.`
      };
    }
  }
  for (const classifier of given) {
    const replacements = DEPRECATED[classifier];
    if (replacements === void 0) continue;
    yield {
      message: replacements.length > 0 ? `The classifier ${pyRepr(classifier)} has been deprecated, use one of ${pyList(replacements)} instead.` : `The classifier ${pyRepr(classifier)} has been deprecated.`,
      hint: "Replace the deprecated classifier in pyproject.toml (project.classifiers)."
    };
  }
}
function formatRequirement(req) {
  const extras = req.extras.length > 0 ? `[${[...req.extras].sort().join(",")}]` : "";
  const url = req.url === void 0 ? req.specifier.replace(/\s+/g, "") : ` @ ${req.url}${req.marker ? " " : ""}`;
  return `${req.name}${extras}${url}${req.marker ? `; ${req.marker}` : ""}`;
}
function* requirements(metadata) {
  for (const key of ["requires-dist", "provides-dist", "obsoletes-dist"]) {
    for (const text of metadata.headers[key] ?? []) {
      let req;
      try {
        req = parseRequirement(text);
      } catch (error2) {
        if (!(error2 instanceof Pep508Error)) throw error2;
        yield {
          message: key === "requires-dist" ? `${pyRepr(text)} is invalid for ${pyRepr(key)}` : `${pyRepr(text)} is invalid: ${error2.message}`,
          hint: `Each dependency must be a PEP 508 requirement, such as 'requests>=2.31; python_version >= "3.9"' (${error2.message}). ${CORE_METADATA}`
        };
        continue;
      }
      if (req.url !== void 0) {
        yield {
          message: `Can't have direct dependency: ${key === "requires-dist" ? formatRequirement(req) : pyRepr(text)}`,
          hint: "PyPI refuses dependencies given as URLs (name @ https://... or git+...): depend on a released version from the index instead."
        };
      }
    }
  }
}
function* requiresPython(metadata) {
  const value = field2(metadata, "requires-python");
  if (value === void 0 || isValidSpecifierSet(value)) return;
  yield {
    message: `${pyRepr(value)} is invalid for 'requires-python'`,
    hint: `requires-python must be a PEP 440 specifier set, such as '>=3.9' or '>=3.9,<4' (no bare versions, no '.*' with >= or <). ${CORE_METADATA}`
  };
}
function* providesExtra(metadata) {
  for (const extra of metadata.headers["provides-extra"] ?? []) {
    if (EXTRA_NAME.test(extra)) continue;
    yield {
      message: `${pyRepr(extra)} is invalid for 'provides-extra'`,
      hint: "An extra's name is ASCII letters, digits, '.', '_' and '-', starting and ending with a letter or digit (see project.optional-dependencies)."
    };
  }
}
function isValidUrl(url) {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === "http:" || parsed.protocol === "https:") && !/\s/.test(url);
  } catch {
    return false;
  }
}
function* urls(metadata) {
  const urlHint = "Give a full http:// or https:// URL.";
  for (const key of ["home-page", "download-url"]) {
    const url = field2(metadata, key);
    if (url !== void 0 && !isValidUrl(url)) yield { message: `${pyRepr(url)} is not a valid url.`, hint: urlHint };
  }
  const labels = /* @__PURE__ */ new Set();
  for (const pair of metadata.headers["project-url"] ?? []) {
    const comma = pair.indexOf(",");
    const label = (comma < 0 ? pair : pair.slice(0, comma)).trim();
    const url = comma < 0 ? "" : pair.slice(comma + 1).trim();
    const hint = `Project-URL is 'label, url' (project.urls in pyproject.toml: label = "https://..."). ${urlHint}`;
    if (labels.has(label)) {
      yield { message: "'project_urls' has invalid data", hint: `The label ${pyRepr(label)} is used twice: give each URL its own label.` };
    }
    labels.add(label);
    if (!label) yield { message: "Must have a label", hint };
    else if ([...label].length > PROJECT_URL_LABEL_LIMIT) {
      yield { message: `${pyRepr(label)} must be ${PROJECT_URL_LABEL_LIMIT} characters or less.`, hint: "Shorten the label of this project URL." };
    } else if (!url) yield { message: "Must have a URL", hint };
    else if (!isValidUrl(url)) yield { message: `${pyRepr(url)} is not a valid url`, hint };
  }
}
function* descriptionContentType(metadata) {
  const value = field2(metadata, "description-content-type");
  if (value === void 0) return;
  const problem = descriptionContentTypeProblem(value);
  if (problem === void 0) return;
  yield {
    message: problem,
    hint: "PyPI renders text/plain, text/x-rst and text/markdown (charset=UTF-8; variant=GFM or CommonMark). Set project.readme to a .md or .rst file, or give its content-type."
  };
}
function* licenseExpression(metadata) {
  const value = field2(metadata, "license-expression");
  if (value === void 0) return;
  const problem = licenseExpressionProblem(value);
  if (problem === void 0) return;
  yield {
    message: `${pyRepr(value)} is invalid for 'license-expression'`,
    hint: `${problem}. project.license must be an SPDX expression (https://spdx.org/licenses/), such as 'MIT' or 'Apache-2.0 OR MIT'; name a license SPDX lacks 'LicenseRef-<name>'.`
  };
}
function* licenseFilePaths(metadata) {
  for (const path25 of metadata.headers["license-file"] ?? []) {
    const why = path25.includes("..") ? "parent directory indicators are not allowed" : path25.includes("*") ? "paths must be resolved" : path25.startsWith("/") || path25.startsWith("\\") || /^[A-Za-z]:/.test(path25) ? "paths must be relative" : path25.includes("\\") ? "paths must use '/' delimiter" : void 0;
    if (why === void 0) continue;
    yield {
      message: `${pyRepr(path25)} is invalid for 'license-file', ${why}`,
      hint: "License-File names a file relative to the project root; upgrade the build backend if it wrote this."
    };
  }
}
function* dynamic(metadata) {
  for (const entry of (metadata.headers["dynamic"] ?? []).map((d) => d.toLowerCase())) {
    const hint = "Dynamic lists the fields an sdist's build may still change (PEP 643); name, version and metadata-version never are.";
    if (entry === "name" || entry === "version" || entry === "metadata-version") {
      yield { message: `${pyRepr(entry)} is not allowed as a dynamic field`, hint };
    } else if (!KNOWN_FIELDS.has(entry)) {
      yield { message: `${pyRepr(entry)} is not a valid dynamic field`, hint };
    }
  }
}
var SPECIAL_USE_DOMAINS = ["arpa", "invalid", "local", "localhost", "onion", "test"];
function singleAddress(value) {
  let depth = 0;
  let quoted2 = false;
  for (const ch of value) {
    if (ch === '"') quoted2 = !quoted2;
    else if (!quoted2 && ch === "<") depth++;
    else if (!quoted2 && ch === ">") depth--;
    else if (!quoted2 && depth === 0 && ch === ",") return void 0;
  }
  const angle = /<([^<>]*)>\s*$/.exec(value);
  const address = (angle ? angle[1] : value).trim();
  return address === "" ? void 0 : address;
}
function charNames(chars) {
  return [...new Set(chars)].sort().map((c) => c === " " ? "SPACE" : pyRepr(c)).join(", ");
}
function emailProblem(address) {
  const at = address.indexOf("@");
  if (at < 0) return "An email address must have an @-sign.";
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local === "") return "There must be something before the @-sign.";
  if (domain === "") return "There must be something after the @-sign.";
  if (local.startsWith('"')) return "Quoting the part before the @-sign is not allowed here.";
  const badLocal = [...local].filter((c) => !/[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]/u.test(c));
  if (badLocal.length > 0) return `The email address contains invalid characters before the @-sign: ${charNames(badLocal)}.`;
  if (local.startsWith(".")) return "An email address cannot start with a period.";
  if (local.includes("..") || domain.includes("..")) return "An email address cannot have two periods in a row.";
  if (local.endsWith(".")) return "An email address cannot have a period immediately before the @-sign.";
  const badDomain = [...domain].filter((c) => !/[\p{L}\p{N}.-]/u.test(c));
  if (badDomain.length > 0) return `The part after the @-sign contains invalid characters: ${charNames(badDomain)}.`;
  if (domain.startsWith(".")) return "An email address cannot have a period immediately after the @-sign.";
  if (domain.startsWith("-")) return "An email address cannot have a hyphen immediately after the @-sign.";
  if (domain.endsWith(".")) return "An email address cannot end with a period.";
  if (!domain.includes(".")) return "The part after the @-sign is not valid. It should have a period.";
  const last = domain.toLowerCase().split(".").pop();
  if (SPECIAL_USE_DOMAINS.includes(last)) return "The part after the @-sign is a special-use or reserved name that cannot be used with email.";
  return void 0;
}
function* emails(metadata) {
  for (const key of ["author-email", "maintainer-email"]) {
    const value = field2(metadata, key);
    const address = value === void 0 ? void 0 : singleAddress(value);
    const problem = address === void 0 ? void 0 : emailProblem(address);
    if (problem === void 0) continue;
    yield {
      message: `${pyRepr(address)} is not a valid email address: ${problem}`,
      hint: `Fix the e-mail in project.${key === "author-email" ? "authors" : "maintainers"} (pyproject.toml): PyPI validates the address, not whether it receives mail.`
    };
  }
}

// src/dists/rules-metadata.ts
var METADATA_VERSIONS = ["1.0", "1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "2.5"];
var FIELD_ADDED = {
  "supported-platform": "1.1",
  "download-url": "1.1",
  classifier: "1.1",
  requires: "1.1",
  provides: "1.1",
  obsoletes: "1.1",
  maintainer: "1.2",
  "maintainer-email": "1.2",
  "requires-dist": "1.2",
  "requires-python": "1.2",
  "requires-external": "1.2",
  "project-url": "1.2",
  "provides-dist": "1.2",
  "obsoletes-dist": "1.2",
  "description-content-type": "2.1",
  "provides-extra": "2.1",
  dynamic: "2.2",
  "license-expression": "2.4",
  "license-file": "2.4",
  "import-name": "2.5",
  "import-namespace": "2.5"
};
var SUMMARY_LIMIT = 512;
var CORE_METADATA_DOCS = "See https://packaging.python.org/specifications/core-metadata for more information.";
function* metadataReadable({ facts }) {
  if (facts.metadataError === void 0) return;
  yield { message: `Invalid distribution file. ${facts.metadataError}` };
}
function* coreMetadata({ facts }) {
  const { metadata } = facts;
  if (metadata === void 0) return;
  const hint = CORE_METADATA_DOCS;
  const metadataVersion = field2(metadata, "metadata-version");
  const versionIndex = metadataVersion === void 0 ? -1 : METADATA_VERSIONS.indexOf(metadataVersion);
  if (!metadataVersion) {
    yield { message: "'metadata-version' is a required field", hint };
  } else if (versionIndex < 0) {
    yield {
      message: `'${metadataVersion}' is not a valid metadata version`,
      hint: `PyPI accepts Metadata-Version ${METADATA_VERSIONS.join(", ")}: upgrade or downgrade the build backend. ${hint}`
    };
  }
  const name = field2(metadata, "name");
  if (!name) yield { message: "'name' is a required field", hint };
  else if (!isValidProjectName(name)) {
    yield {
      message: `'${name}' is invalid for 'name'`,
      hint: `A project name starts and ends with a letter or digit and holds only ASCII letters, digits, '.', '_' and '-'. ${hint}`
    };
  }
  const version = field2(metadata, "version");
  if (!version) yield { message: "'version' is a required field", hint };
  else if (!isValid(version)) {
    yield { message: `'${version}' is invalid for 'version'`, hint: `The version must follow PEP 440. ${hint}` };
  } else if (localSegment(version) !== null) {
    yield {
      message: `The use of local versions in '${normalize(version)}' is not allowed.`,
      hint: "PyPI refuses versions with a '+local' part. A VCS-derived version (setuptools-scm, hatch-vcs) gets one when the checkout is not exactly at a tag or has uncommitted changes: release from a clean, tagged commit."
    };
  }
  const summary2 = field2(metadata, "summary");
  if (summary2 !== void 0) {
    if (summary2.includes("\n")) {
      yield { message: "'summary' must be a single line", hint: `Keep the project's description (Summary) on one line. ${hint}` };
    }
    if ([...summary2].length > SUMMARY_LIMIT) {
      yield { message: `'summary' field must be ${SUMMARY_LIMIT} characters or less.`, hint };
    }
  }
  if (versionIndex >= 0) {
    for (const [key, added] of Object.entries(FIELD_ADDED)) {
      if (metadata.headers[key] === void 0 || METADATA_VERSIONS.indexOf(added) <= versionIndex) continue;
      yield {
        message: `${key} introduced in metadata version ${added}, not ${metadataVersion}`,
        hint: `The build backend wrote an older Metadata-Version than the fields it used need: upgrade it. ${hint}`
      };
    }
  }
  if (field2(metadata, "license") && field2(metadata, "license-expression")) {
    yield {
      message: "License is deprecated when License-Expression is present. Only License-Expression should be present.",
      hint: 'Drop the license table (or license classifiers text) and keep the SPDX `license = "..."` string.'
    };
  }
  yield* fieldProblems(metadata);
}
function* descriptionRenders({ facts }) {
  const failure = facts.descriptionFailure;
  if (failure === void 0 || facts.metadata === void 0) return;
  const type = field2(facts.metadata, "description-content-type");
  const refusal = type ? `The description failed to render for '${type}'.` : "The description failed to render in the default format of reStructuredText.";
  const where = failure.line === void 0 ? "" : ` Line ${failure.line} of the description:`;
  yield {
    message: `${refusal}${where} ${failure.reason}`,
    hint: type ? "Fix the reStructuredText at that line (docutils stops at the first warning on PyPI); `python -m readme_renderer README.rst` shows the same. See https://pypi.org/help/#description-content-type" : 'Without a Description-Content-Type, PyPI renders the description as reStructuredText: a Markdown README needs `readme = "README.md"` in pyproject.toml (or long_description_content_type="text/markdown"). See https://pypi.org/help/#description-content-type'
  };
}

// src/dists/check.ts
function checkDist(facts, options2 = {}) {
  const name = facts.metadata && field2(facts.metadata, "name");
  const version = facts.metadata && field2(facts.metadata, "version");
  const subject = {
    facts,
    parsed: parseDistFilename(facts.filename),
    name: name && isValidProjectName(name) ? name : void 0,
    version: version && isValid(version) ? version : void 0,
    options: options2
  };
  return FILE_RULES.flatMap((rule) => [...rule(subject)].map((p) => ({ file: facts.filename, ...p })));
}
var FILE_RULES = [
  filenameCharacters,
  fileExtension,
  fileSize,
  archiveReadable,
  zipLimits,
  zipStructure,
  unsafePaths,
  wheelContents,
  recordMatches,
  entryPoints,
  sdistContents,
  metadataReadable,
  coreMetadata,
  descriptionRenders,
  sdistFilenameRule,
  wheelFilename,
  licenseFiles
];
function checkSet(dists, expected) {
  const findings = [];
  if (dists.length === 0) {
    findings.push({
      file: "",
      message: "No distribution files to release: expected at least one .whl or .tar.gz.",
      hint: "The build wrote no wheel or sdist to the output directory: check its log."
    });
    return findings;
  }
  const seen = /* @__PURE__ */ new Set();
  let sdists = 0;
  for (const dist of dists) {
    if (seen.has(dist.filename)) {
      findings.push({
        file: dist.filename,
        message: "The same file name is in the release twice.",
        hint: "PyPI stores a file name once per project: pass each file once."
      });
    }
    seen.add(dist.filename);
    if (dist.kind === "sdist" && ++sdists === 2) {
      findings.push({
        file: dist.filename,
        message: "Only one sdist may be uploaded per release.",
        hint: "Keep one .tar.gz in the output directory; a leftover from an earlier build looks like this."
      });
    }
  }
  const reference = expected.name ?? dists.find((d) => d.name !== void 0)?.name;
  if (reference !== void 0) {
    const canonical = normalizeName(reference);
    for (const dist of dists) {
      if (dist.name === void 0 || normalizeName(dist.name) === canonical) continue;
      findings.push({
        file: dist.filename,
        message: expected.name === void 0 ? `Project '${dist.name}' is not '${reference}' like the other files: one release holds one project's files.` : `Project '${dist.name}' is not the project being released, '${reference}'.`,
        hint: "Clear the output directory before building, and check the name in pyproject.toml."
      });
    }
  }
  for (const dist of dists) {
    if (dist.version === void 0) continue;
    if (isValid(dist.version) && isValid(expected.version) && equal(dist.version, expected.version)) continue;
    findings.push({
      file: dist.filename,
      message: `Version '${dist.version}' is not the version being released, '${expected.version}'.`,
      hint: "The build produced another version than planned: a stale file in the output directory, or a version the build backend computes (VCS tags) differently."
    });
  }
  return findings;
}

// src/dists/digest.ts
import { createHash as createHash2 } from "node:crypto";
import { open as open3 } from "node:fs/promises";

// src/dists/zip-walk.ts
import { isUtf8 } from "node:buffer";
import { createHash } from "node:crypto";
import { createInflateRaw, inflateRawSync } from "node:zlib";
var SIG_LOCAL = 67324752;
var SIG_CENTRAL = 33639248;
var SIG_EOCD = 101010256;
var SIG_EOCD64 = 101075792;
var SIG_EOCD64_LOCATOR = 117853008;
var ZIP64_EXTRA = 1;
var UNICODE_PATH_EXTRA = 28789;
var MAX32 = 4294967295;
var Refused = class extends Error {
};
var hasUnprintable = (bytes) => bytes.some((b) => b < 32 || b === 127);
var ZipWalk = class {
  central;
  algorithmFor;
  offset = 0;
  /** Bytes of the record being read, until `needed` are there. */
  header = Buffer.alloc(0);
  needed = 4;
  state = "signature";
  problem;
  locals = /* @__PURE__ */ new Set();
  centrals = /* @__PURE__ */ new Set();
  local;
  /** The name's length in the header being read, which comes before the name. */
  nameLength = 0;
  centralRecords = 0;
  centralOffset;
  centralSize = 0;
  eocd;
  eocd64Seen = false;
  locatorSeen = false;
  skip = 0;
  member;
  dataLeft = 0;
  members = /* @__PURE__ */ new Map();
  unreadable = /* @__PURE__ */ new Map();
  constructor(central, algorithmFor) {
    this.central = central;
    this.algorithmFor = algorithmFor;
  }
  async write(chunk) {
    let at = 0;
    while (at < chunk.length && this.state !== "failed") {
      if (this.state === "done") {
        this.fail("Trailing data");
        break;
      }
      if (this.state === "data") {
        const n2 = Math.min(this.dataLeft, chunk.length - at);
        if (this.member) await this.member.write(chunk.subarray(at, at + n2));
        at += n2;
        this.dataLeft -= n2;
        if (this.dataLeft === 0) await this.finishMember();
        continue;
      }
      if (this.skip > 0) {
        const n2 = Math.min(this.skip, chunk.length - at);
        at += n2;
        this.skip -= n2;
        if (this.skip === 0 && this.state === "comment") this.state = "done";
        continue;
      }
      const n = Math.min(this.needed - this.header.length, chunk.length - at);
      this.header = this.header.length === 0 && n === this.needed ? chunk.subarray(at, at + n) : Buffer.concat([this.header, chunk.subarray(at, at + n)]);
      at += n;
      if (this.header.length < this.needed) continue;
      const record = this.header;
      const recordStart = this.offset + at - record.length;
      this.header = Buffer.alloc(0);
      try {
        this.onRecord(record, recordStart);
      } catch (error2) {
        if (!(error2 instanceof Refused)) throw error2;
        this.fail(error2.message);
      }
    }
    this.offset += chunk.length;
  }
  async end() {
    if (this.state === "data" && this.dataLeft === 0) await this.finishMember();
    if (this.state === "comment") this.fail("Trailing data");
    else if (this.state !== "done" && this.state !== "failed") this.fail("Malformed zip file");
    if (this.problem === void 0 && this.locals.size !== this.centrals.size) {
      this.problem = "Mis-matched local headers and central directory";
    }
    return { problem: this.problem, members: this.members, unreadable: this.unreadable };
  }
  fail(reason2) {
    this.problem ??= reason2;
    this.state = "failed";
    void this.member?.abandon();
    this.member = void 0;
  }
  expect(state, needed) {
    this.state = state;
    this.needed = needed;
  }
  onRecord(record, start) {
    switch (this.state) {
      case "signature":
        return this.onSignature(record.readUInt32LE(0), start);
      case "local":
        return this.onLocal(record);
      case "local-names":
        return this.onLocalNames(record);
      case "central":
        return this.onCentral(record);
      case "central-names":
        return this.onCentralNames(record);
      case "eocd":
        return this.onEocd(record);
      case "eocd64":
        return this.onEocd64(record);
      case "locator":
        this.locatorSeen = true;
        return this.expect("signature", 4);
      default:
        throw new Error(`zip walk: unexpected record in state ${this.state}`);
    }
  }
  onSignature(signature, start) {
    switch (signature) {
      case SIG_LOCAL:
        return this.expect("local", 26);
      case SIG_CENTRAL:
        this.centralOffset ??= start;
        this.centralRecords++;
        return this.expect("central", 42);
      case SIG_EOCD:
        if (this.eocd64Seen && !this.locatorSeen) throw new Refused("Malformed zip file");
        this.centralOffset ??= start;
        return this.expect("eocd", 18);
      case SIG_EOCD64:
        this.eocd64Seen = true;
        return this.expect("eocd64", 52);
      case SIG_EOCD64_LOCATOR:
        return this.expect("locator", 16);
      default:
        throw new Refused("Unknown record signature");
    }
  }
  onLocal(r) {
    this.local = {
      gpbf: r.readUInt16LE(2),
      method: r.readUInt16LE(4),
      compressed: r.readUInt32LE(14),
      size: r.readUInt32LE(18)
    };
    this.nameLength = r.readUInt16LE(22);
    this.expect("local-names", this.nameLength + r.readUInt16LE(24));
    if (this.needed === 0) this.onLocalNames(Buffer.alloc(0));
  }
  onLocalNames(r) {
    const local = this.local;
    const nameBytes = r.subarray(0, this.nameLength);
    let extra = r.subarray(this.nameLength);
    if (hasUnprintable(nameBytes)) throw new Refused("Invalid character in filename");
    const seen = /* @__PURE__ */ new Set();
    while (extra.length > 0) {
      if (extra.length < 4) throw new Refused("Malformed zip file");
      const id = extra.readUInt16LE(0);
      const size = extra.readUInt16LE(2);
      if (size + 4 > extra.length) throw new Refused("Malformed zip file");
      if (seen.has(id) && (id === ZIP64_EXTRA || id === UNICODE_PATH_EXTRA)) throw new Refused("Invalid duplicate extra in local file");
      seen.add(id);
      if (id === ZIP64_EXTRA) {
        if (![0, 8, 16, 24, 28].includes(size)) throw new Refused("Malformed zip file");
        if (size === 0) {
          if (local.compressed === MAX32 || local.size === MAX32) throw new Refused("Malformed zip file");
        } else if (size === 8) {
          if (local.method !== 0) throw new Refused("Malformed zip file");
          const uncompressed = Number(extra.readBigUInt64LE(4));
          local.compressed = uncompressed;
          if (local.size === MAX32) local.size = uncompressed;
        } else {
          if (local.size === MAX32) local.size = Number(extra.readBigUInt64LE(4));
          local.compressed = Number(extra.readBigUInt64LE(12));
        }
      } else if (id === UNICODE_PATH_EXTRA) {
        const unicodeName = extra.subarray(9, 4 + size);
        if (hasUnprintable(unicodeName)) throw new Refused("Invalid character in filename");
        if (!isUtf8(unicodeName)) throw new Refused("Filename not valid UTF-8");
      }
      extra = extra.subarray(size + 4);
    }
    if (local.gpbf & 8) throw new Refused("ZIP contains a data descriptor");
    if (!isUtf8(nameBytes)) throw new Refused("Filename not unicode");
    const name = nameBytes.toString("utf8");
    const entry = this.central.get(name);
    if (entry === void 0) throw new Refused("Filename not in central directory");
    if (entry.compressedSize !== local.compressed) throw new Refused("Mis-matched data size");
    if (entry.uncompressedSize !== local.size) throw new Refused("Mis-matched file size");
    const raw = nameBytes.toString("latin1");
    if (this.locals.has(raw)) throw new Refused("Duplicate filename in local headers");
    this.locals.add(raw);
    this.member = memberSink(name, entry, this.algorithmFor(name));
    this.dataLeft = local.compressed;
    this.state = "data";
    this.needed = 0;
  }
  async finishMember() {
    const member = this.member;
    this.member = void 0;
    this.state = "signature";
    this.needed = 4;
    if (member === void 0) return;
    const result = await member.end();
    if ("error" in result) this.unreadable.set(member.name, result.error);
    else this.members.set(member.name, result);
  }
  onCentral(r) {
    const commentLength = r.readUInt16LE(28);
    if (commentLength !== 0) throw new Refused("Comment in central directory");
    const nameLength = r.readUInt16LE(24);
    const extraLength = r.readUInt16LE(26);
    this.centralSize += 46 + nameLength + extraLength;
    this.nameLength = nameLength;
    this.expect("central-names", nameLength + extraLength);
    if (this.needed === 0) this.onCentralNames(Buffer.alloc(0));
  }
  onCentralNames(r) {
    const nameBytes = r.subarray(0, this.nameLength);
    if (hasUnprintable(nameBytes)) throw new Refused("Invalid character in filename");
    const raw = nameBytes.toString("latin1");
    if (this.centrals.has(raw)) throw new Refused("Duplicate filename in central directory");
    if (!this.locals.has(raw)) throw new Refused("Missing filename in local headers");
    this.centrals.add(raw);
    this.expect("signature", 4);
  }
  onEocd(r) {
    const onDisk = r.readUInt16LE(4);
    const records = r.readUInt16LE(6);
    const size = r.readUInt32LE(8);
    const offset = r.readUInt32LE(12);
    const comment = r.readUInt16LE(16);
    if (onDisk !== records) throw new Refused("Malformed zip file");
    if (!(this.locatorSeen && this.eocd !== void 0)) this.eocd = { records, size, offset };
    const eocd = this.eocd;
    if (eocd.records !== this.centralRecords) throw new Refused("Mismatched central directory records");
    if (this.centralOffset === void 0 || eocd.offset !== this.centralOffset) throw new Refused("Mismatched central directory offset");
    if (eocd.size !== this.centralSize) throw new Refused("Mismatched central directory size");
    this.skip = comment;
    this.state = comment > 0 ? "comment" : "done";
  }
  onEocd64(r) {
    const recordSize = Number(r.readBigUInt64LE(0));
    const onDisk = Number(r.readBigUInt64LE(20));
    const records = Number(r.readBigUInt64LE(28));
    const size = Number(r.readBigUInt64LE(36));
    const offset = Number(r.readBigUInt64LE(44));
    if (onDisk !== records) throw new Refused("Malformed zip file");
    if (recordSize !== 44) throw new Refused("ZIP64 extensible data not allowed");
    this.eocd = { records, size, offset };
    this.expect("signature", 4);
  }
};
var INFLATE_HERE_BELOW = 1 << 20;
var INFLATE_CHUNK = 1 << 20;
function memberSink(name, entry, algorithm) {
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) return void 0;
  const node = algorithm === void 0 ? void 0 : nodeAlgorithm(algorithm);
  const hash = node === void 0 ? void 0 : createHash(node);
  let size = 0;
  let error2;
  const tooLarge2 = `inflates to more than the ${entry.uncompressedSize} bytes its header says`;
  const take = (data) => {
    size += data.length;
    if (size > entry.uncompressedSize) error2 ??= tooLarge2;
    else hash?.update(data);
  };
  const result = () => error2 !== void 0 ? { error: error2 } : { size, algorithm: algorithm ?? "", digest: hash ? hash.digest("base64url") : "" };
  if (entry.compressionMethod === 0) {
    return { name, write: async (data) => take(data), end: async () => result(), abandon: async () => void 0 };
  }
  if (entry.compressedSize < INFLATE_HERE_BELOW && entry.uncompressedSize < INFLATE_HERE_BELOW) {
    const inflate = (compressed2) => {
      try {
        const limit = entry.uncompressedSize + 1;
        take(inflateRawSync(compressed2, { maxOutputLength: limit, chunkSize: Math.max(64, limit) }));
      } catch (e) {
        error2 ??= e instanceof RangeError ? tooLarge2 : `is not valid deflate data (${e.message})`;
      }
    };
    let compressed;
    let filled = 0;
    return {
      name,
      write: async (data) => {
        if (filled === 0 && data.length === entry.compressedSize) {
          filled = data.length;
          inflate(data);
          return;
        }
        compressed ??= Buffer.allocUnsafe(entry.compressedSize);
        filled += data.copy(compressed, filled);
      },
      end: async () => {
        if (compressed !== void 0) inflate(compressed.subarray(0, filled));
        return result();
      },
      abandon: async () => void 0
    };
  }
  const inflater = createInflateRaw({ chunkSize: INFLATE_CHUNK });
  inflater.on("data", (data) => take(data));
  const done = new Promise((resolve4) => {
    inflater.once("end", resolve4);
    inflater.once("error", (e) => {
      error2 ??= `is not valid deflate data (${e.message})`;
      resolve4();
    });
  });
  return {
    name,
    // Settles once zlib has taken the bytes: the pass reuses its buffers.
    write: (data) => error2 === void 0 ? consumed(inflater, data) : Promise.resolve(),
    end: async () => {
      if (!inflater.destroyed) inflater.end();
      await done;
      return result();
    },
    abandon: async () => {
      inflater.destroy();
    }
  };
}

// src/dists/digest.ts
var CHUNK = 1 << 20;
async function digestFile(path25, options2 = {}) {
  const handle = await open3(path25, "r");
  try {
    const { zip } = options2;
    const walk = zip && new ZipWalk(zip.central, (name) => zip.algorithms.get(name));
    const sha256 = createHash2("sha256");
    const buffers = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
    let size = 0;
    let reading = handle.read(buffers[0], 0, CHUNK, 0);
    for (let n = 0; ; n++) {
      const { bytesRead } = await reading;
      if (bytesRead === 0) break;
      const chunk = buffers[n % 2].subarray(0, bytesRead);
      size += bytesRead;
      reading = handle.read(buffers[(n + 1) % 2], 0, CHUNK, size);
      const consuming = Promise.all([options2.reader?.(chunk), walk?.write(chunk)]);
      sha256.update(chunk);
      await consuming;
    }
    const result = await walk?.end();
    return { sha256: sha256.digest("hex"), size, ...result && { zip: result } };
  } finally {
    await handle.close();
  }
}

// src/dists/inspect.ts
async function inspectDists(paths, expected, tools = {}) {
  const read = await inParallel(paths, READ_AT_ONCE, (p) => readDist(resolve2(p), expected.sdistLimits ?? SDIST_LIMITS));
  await renderDescriptions(read.map((r) => r.facts), tools);
  const findings = read.flatMap((r) => checkDist(r.facts, { maxFileSize: expected.maxFileSize }));
  const members = read.flatMap((r) => r.dist ? [r.dist] : r.member ? [r.member] : []);
  findings.push(...checkSet(members, expected));
  if (findings.length > 0) throw distInvalid(findings);
  return read.map((r) => r.dist);
}
function rstDescription(metadata) {
  const description = metadata.body ?? field2(metadata, "description");
  if (!description || description === "UNKNOWN") return void 0;
  const type = field2(metadata, "description-content-type");
  if (type !== void 0 && type.split(";")[0].trim().toLowerCase() !== "text/x-rst") return void 0;
  return description;
}
async function renderDescriptions(facts, tools) {
  const pending = facts.flatMap((f) => {
    const text = f.metadata && rstDescription(f.metadata);
    return text === void 0 ? [] : [{ facts: f, text }];
  });
  if (pending.length === 0 || tools.renderRst === void 0) return;
  try {
    const texts = [...new Set(pending.map((p) => p.text))];
    const results = await tools.renderRst(texts);
    for (const p of pending) {
      const failure = results[texts.indexOf(p.text)];
      if (failure !== void 0) p.facts.descriptionFailure = failure;
    }
  } catch (error2) {
    throw new ReleaseError({
      code: "CHECK_UNAVAILABLE",
      message: `The reStructuredText description of ${[...new Set(pending.map((p) => p.facts.filename))].join(", ")} could not be checked, so the release stops before any upload: ${reason(error2)}`,
      hint: 'PyPI refuses a description that docutils cannot render. The check runs docutils and Pygments, which pip installs from the index it is configured with (PIP_INDEX_URL, pip.conf) into a private environment: make docutils>=0.21.2 and pygments>=2.5.1 installable there, or set the description type to Markdown (readme = "README.md"), or set `skip-checks: rst` to release without this check.'
    });
  }
}
var READ_AT_ONCE = 4;
async function readDist(path25, sdistLimits) {
  const filename = basename3(path25);
  const kind = filename.endsWith(".whl") ? "wheel" : filename.endsWith(".tar.gz") ? "sdist" : void 0;
  if (kind === void 0) {
    const digest2 = await digestFile(path25);
    return { facts: { filename, size: digest2.size, archive: void 0, metadata: void 0 }, dist: void 0, member: void 0 };
  }
  const read = kind === "wheel" ? await readWheel(path25, filename) : { ...await readSdist(path25, sdistLimits), topLevel: [] };
  const { digest, topLevel } = read;
  const facts = { filename, size: digest.size, ...read.facts };
  const member = { filename, kind };
  if (facts.metadata === void 0) return { facts, dist: void 0, member };
  const parsed = parseDistFilename(filename);
  const dist = {
    path: path25,
    filename,
    kind,
    size: digest.size,
    sha256: digest.sha256,
    metadata: facts.metadata,
    name: field2(facts.metadata, "name") ?? "",
    version: field2(facts.metadata, "version") ?? "",
    pyversion: kind === "sdist" ? "source" : "kind" in parsed && parsed.kind === "wheel" ? parsed.pythonTags.join(".") : "",
    topLevel
  };
  return { facts, dist, member };
}
async function readWheel(path25, filename) {
  const expectedDir = wheelDistInfoDir(filename);
  const wanted = (entries2) => {
    const dir2 = metadataDir(entries2, expectedDir);
    if (dir2 === void 0) return [];
    return [`${dir2}/METADATA`, `${dir2}/top_level.txt`, `${dir2}/RECORD`, `${dir2}/entry_points.txt`].filter(
      (name) => (
        // Members stored other than plain or deflated cannot be read here, and zipLimits refuses them.
        entries2.some((e) => e.name === name && e.uncompressedSize <= MAX_MEMBER_BYTES && (e.compressionMethod === 0 || e.compressionMethod === 8))
      )
    );
  };
  let contents;
  try {
    contents = await readZip(path25, wanted);
  } catch (error2) {
    const digest2 = await digestFile(path25);
    const archive2 = { format: "zip", unreadable: reason(error2), ...error2 instanceof ZipTrailingData && { structureProblem: "Trailing data" } };
    return { facts: { archive: archive2, metadata: void 0 }, topLevel: [], digest: digest2 };
  }
  const { entries, members } = contents;
  const dir = metadataDir(entries, expectedDir);
  const recordText = dir && members.get(`${dir}/RECORD`);
  const record = recordText ? parseRecord(recordText.toString("utf8")) : void 0;
  const algorithms = new Map(record?.rows.flatMap((r) => r.algorithm && nodeAlgorithm(r.algorithm) ? [[r.path, r.algorithm]] : []));
  const central = new Map(entries.map((e) => [e.name, e]));
  const digest = await digestFile(path25, { zip: { central, algorithms } });
  const walked = digest.zip;
  const archive = {
    format: "zip",
    entries,
    structureProblem: walked.problem,
    unreadableMembers: walked.unreadable,
    // Without a readable structure the members' contents are not all known.
    record: record && dir && walked.problem === void 0 ? { ...record, distInfo: dir, contents: walked.members } : void 0
  };
  const declared = dir && members.get(`${dir}/top_level.txt`)?.toString("utf8");
  const topLevel = importableTopLevel(
    entries.map((e) => e.name),
    declared ? declared.split(/\r?\n/).map((l) => l.trim()).filter(Boolean) : void 0
  );
  if (dir === void 0) return { facts: { archive, metadata: void 0 }, topLevel, digest };
  const entryPointsBytes = members.get(`${dir}/entry_points.txt`);
  let entryPoints2;
  try {
    entryPoints2 = entryPointsBytes && new TextDecoder("utf-8", { fatal: true }).decode(entryPointsBytes);
  } catch {
    entryPoints2 = NOT_UTF8;
  }
  const at = `${dir}/METADATA`;
  const bytes = members.get(at);
  const entry = entries.find((e) => e.name === at);
  if (bytes === void 0 && entry !== void 0 && entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
    return { facts: { archive, metadata: void 0 }, topLevel, digest };
  }
  if (bytes === void 0) {
    return { facts: { archive, metadata: void 0, metadataError: `${at} is larger than ${MAX_MEMBER_BYTES} bytes` }, topLevel, digest };
  }
  return { facts: { archive, ...decodeMetadata(bytes, at), ...entryPoints2 !== void 0 && { entryPoints: entryPoints2 } }, topLevel, digest };
}
function metadataDir(entries, expected) {
  const dirs = entries.map((e) => /^([^/]+\.dist-info)\/METADATA$/.exec(e.name)?.[1]).filter((d) => d !== void 0 && pathProblem(d) === void 0);
  if (expected !== void 0 && dirs.includes(expected)) return expected;
  return dirs.length === 1 ? dirs[0] : void 0;
}
async function readSdist(path25, limits) {
  let kept = 0;
  const reader = tarGzReader((m) => {
    if (kept > 0 || !/^[^/]+\/PKG-INFO$/.test(m.name) || m.size > MAX_MEMBER_BYTES) return false;
    kept++;
    return true;
  }, limits);
  const digest = await digestFile(path25, { reader: (chunk) => reader.write(chunk) });
  return { facts: await sdistFacts(reader, basename3(path25)), digest };
}
async function sdistFacts(reader, filename) {
  let contents;
  try {
    contents = await reader.end();
  } catch (error2) {
    if (error2 instanceof ArchiveLimitExceeded) throw archiveTooLarge(filename, error2);
    return { archive: { format: "tar", unreadable: reason(error2) }, metadata: void 0 };
  }
  const archive = { format: "tar", members: contents.members };
  const root = sdistRoot(contents.members);
  const at = root === void 0 ? [...contents.files.keys()][0] : `${root}/PKG-INFO`;
  if (at === void 0) return { archive, metadata: void 0 };
  const bytes = contents.files.get(at);
  const member = contents.members.find((m) => m.name === at && (m.type === "file" || m.type === "contiguous-file"));
  if (bytes === void 0 && member !== void 0 && member.size > MAX_MEMBER_BYTES) {
    return { archive, metadata: void 0, metadataError: `${at} is larger than ${MAX_MEMBER_BYTES} bytes` };
  }
  return { archive, ...decodeMetadata(bytes, at) };
}
function decodeMetadata(bytes, at) {
  if (bytes === void 0) return { metadata: void 0 };
  try {
    return { metadata: parseCoreMetadata(new TextDecoder("utf-8", { fatal: true }).decode(bytes)) };
  } catch {
    return { metadata: void 0, metadataError: `${at} is not valid UTF-8` };
  }
}
var IDENTIFIER = /^[\p{L}_][\p{L}\p{N}_]*$/u;
var MODULE_FILE = /^([^.]+)(?:\.py|(?:\.[^./]+)?\.(?:so|pyd))$/;
function importableTopLevel(names, declared) {
  const found = /* @__PURE__ */ new Set();
  for (const name of names) {
    let parts = name.split("/").filter((p) => p !== "");
    const first2 = parts[0];
    if (first2 === void 0 || first2.endsWith(".dist-info") || pathProblem(name) !== void 0) continue;
    if (first2.endsWith(".data")) {
      if (parts[1] !== "purelib" && parts[1] !== "platlib") continue;
      parts = parts.slice(2);
    }
    const top = parts[0];
    const file = MODULE_FILE.exec(parts[parts.length - 1] ?? "");
    if (top === void 0 || file === null) continue;
    const candidate = parts.length === 1 ? file[1] : top;
    if (IDENTIFIER.test(candidate)) found.add(candidate);
  }
  const all = [...found].sort();
  const confirmed = declared === void 0 ? [] : all.filter((n) => declared.includes(n));
  return confirmed.length > 0 ? confirmed : all;
}
function distInvalid(findings) {
  const files = [...new Set(findings.map((f) => f.file).filter(Boolean))];
  const count = `${findings.length} problem${findings.length === 1 ? "" : "s"}`;
  const hints = [...new Set(findings.flatMap((f) => f.hint ? [f.hint] : []))];
  return new ReleaseError({
    code: "DIST_INVALID",
    message: `${count} in the built distributions${files.length > 0 ? `: ${files.join(", ")}` : ""}.`,
    details: findings.map((f) => f.file ? `${f.file}: ${f.message}` : f.message),
    hint: ["Nothing was uploaded. Fix the project or its build configuration and build again.", ...hints].join("\n")
  });
}
async function inParallel(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
function reason(error2) {
  return error2 instanceof Error ? error2.message : String(error2);
}
function archiveTooLarge(filename, error2) {
  return new ReleaseError({
    code: "ARCHIVE_TOO_LARGE",
    message: `${filename} is refused: ${error2.message}, the limit for an sdist; reading stopped there, and nothing was uploaded.`,
    hint: "An sdist this large is almost always a build that swept in a virtual environment, node_modules, data or build output: list what goes in with `tar tzf` and exclude it (MANIFEST.in, [tool.hatch.build] exclude, [tool.setuptools] ...). A crafted archive (many empty members, a gzip bomb) stops here by design."
  });
}

// src/version/decide.ts
function decideVersion(source, intent, tags, floor = []) {
  const latestTag = highest(tags.map((t) => t.version));
  const current = source.kind === "file" ? source.version : latestTag;
  const at = { file: source.file, startLine: source.line };
  const where = `${source.file}${source.line ? `:${source.line}` : ""}`;
  let version;
  let previous;
  switch (intent.kind) {
    case "explicit":
      version = intent.version;
      previous = current ?? "";
      break;
    case "tag":
      version = intent.version;
      if (source.kind === "file" && !equal(source.version, version)) {
        throw new ReleaseError({
          code: "VERSION_MISMATCH",
          message: `The tag ${intent.tag} releases ${version}, but ${where} says ${source.version} (${source.describe}); nothing was built.`,
          hint: "Write the version into the project before tagging (commit, then tag that commit), or let the action do both: run it with `bump` from workflow_dispatch and it commits, tags and pushes.",
          annotation: { ...at, title: `Version differs from tag ${intent.tag}` }
        });
      }
      previous = highest(tags.map((t) => t.version).filter((v) => isValid(v) && compare(v, version) < 0)) ?? "";
      break;
    case "bump": {
      const top = highest(floor.map((f) => f.version));
      const raised = top !== void 0 && (current === void 0 || !isValid(current) || compare(top, current) > 0);
      const base = (raised ? top : current) ?? "0.0.0";
      if (!isValid(base)) {
        throw new ReleaseError({
          code: "VERSION_INVALID",
          message: `${where}: the current version '${base}' is not a PEP 440 version, so it cannot be bumped.`,
          hint: `Write a PEP 440 version (for example 1.4.0) where the project keeps it (${source.describe}), or give the \`version\` input instead of \`bump\`.`,
          annotation: { ...at, title: "Not a PEP 440 version" }
        });
      }
      try {
        version = bump(base, intent.bump);
      } catch (cause) {
        throw new ReleaseError({
          code: "VERSION_INVALID",
          message: `bump ${intent.bump.join(",")} from ${base} (${where}): ${cause.message}.`,
          hint: "Pick a bump that raises the version (see the bump table in the README), or give the exact `version`.",
          annotation: { ...at, title: "Bump does not raise the version" }
        });
      }
      const local = localSegment(version);
      if (local !== null) {
        throw new ReleaseError({
          code: "VERSION_INVALID",
          message: `${where}: ${base} has a local segment ('+${local}'), and PyPI refuses local versions such as ${version}.`,
          hint: "Remove the local segment from the project's version, or give the exact `version`.",
          annotation: { ...at, title: "Local version" }
        });
      }
      previous = raised ? top : current ?? "";
      break;
    }
  }
  return { version, previous, isPrerelease: isPrerelease(version) };
}
function lowerThanWarning(version, others) {
  if (!isValid(version)) return void 0;
  const higher = others.filter((o) => isValid(o.version) && compare(o.version, version) > 0);
  if (higher.length === 0) return void 0;
  const top = higher.reduce((a, b) => compare(b.version, a.version) > 0 ? b : a);
  return `Releasing ${version}, which is lower than ${top.version} (${top.where}): fine for a maintenance branch, a mistake otherwise.`;
}
function highest(versions) {
  let best;
  for (const v of versions) {
    if (!isValid(v)) continue;
    if (best === void 0 || compare(v, best) > 0) best = v;
  }
  return best;
}
function nextFreeVersion(given, taken) {
  const version = normalize(given) ?? given;
  const step = /\.dev\d+$/.test(version) ? "dev" : /\.post\d+$/.test(version) ? "post" : /rc\d+$/.test(version) ? "rc" : /b\d+$/.test(version) ? "beta" : /a\d+$/.test(version) ? "alpha" : "patch";
  let next = bump(version, step);
  while (taken.some((t) => isValid(t) && equal(t, next))) next = bump(next, step);
  return next;
}

// src/index/download.ts
import { createHash as createHash3 } from "node:crypto";
import fs5 from "node:fs";
import fsp from "node:fs/promises";
import path7 from "node:path";
import { Readable as Readable2, Transform, Writable as Writable2 } from "node:stream";
import { pipeline as pipeline2 } from "node:stream/promises";

// src/index/listing-names.ts
var DIST_FILENAME = /^[A-Za-z0-9][A-Za-z0-9._+!-]{0,254}$/;
function hasControl(text) {
  return [...text].some((c) => {
    const code = c.codePointAt(0);
    return code < 32 || code >= 127 && code <= 159 || code === 8232 || code === 8233;
  });
}
function isDistFilename(name) {
  return DIST_FILENAME.test(name) && !name.includes("..");
}
function screenListing(files, urls2, project) {
  const hostile = [...files.keys()].filter(hasControl);
  if (hostile.length > 0) {
    throw new ReleaseError({
      code: "INDEX_LISTING_INVALID",
      message: `The listing of ${project} on ${urls2.label} names ${hostile.length === 1 ? "a file" : `${hostile.length} files`} with a control character (a line break in a file name); the listing is not used.`,
      details: hostile.slice(0, 5).map((name) => JSON.stringify(name.slice(0, 200))),
      hint: `No index serves such names for files it holds: check that ${urls2.simple.href} is the index you meant, and what answers there (a proxy, a compromised mirror). Nothing was uploaded after this.`
    });
  }
  return new Map([...files].filter(([name]) => isDistFilename(name)));
}

// src/index/redirects.ts
var MAX_REDIRECTS = 5;
function followable(from, location, status, hop, what) {
  let to;
  try {
    to = location === void 0 ? void 0 : new URL(location, from);
  } catch {
    to = void 0;
  }
  const sameHost = to !== void 0 && to.host === from.host && (to.protocol === from.protocol || to.protocol === "https:");
  if (to === void 0 || !sameHost || hop >= MAX_REDIRECTS) {
    const why = to === void 0 ? "without a usable Location" : !sameHost ? "to another host" : "too many times";
    throw new ReleaseError({
      code: "INDEX_REDIRECT",
      message: `${what}: ${displayUrl(from)} answered ${status}, a redirect ${why}${to === void 0 ? "" : ` (${displayUrl(to)})`}. Only redirects on the same host are followed.`,
      hint: "Check the index URLs: give the address the index serves directly."
    });
  }
  return to;
}

// src/index/download.ts
var DEFAULT_MAX_DOWNLOAD = 100 * 1024 * 1024;
async function download(file, destDir, deps, opts = {}) {
  if (!isDistFilename(file.filename)) {
    throw new ReleaseError({
      code: "STAGING_MISMATCH",
      message: `Refusing to download ${JSON.stringify(file.filename)}: not a plain file name.`,
      hint: "The index listed a file name with a path in it. Check the index."
    });
  }
  await fsp.mkdir(destDir, { recursive: true });
  const dest = path7.join(destDir, file.filename);
  const partial = `${dest}.part`;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_DOWNLOAD;
  let actual;
  try {
    actual = await fetchFile(new URL(file.url), file.filename, deps, opts.retry ?? DEFAULT_RETRY, `Downloading ${file.filename}`, { bytes: maxBytes, named: "max-file-size" }, async (body) => {
      const hash = createHash3("sha256");
      await pipeline2(body, hashing(hash), fs5.createWriteStream(partial));
      return hash.digest("hex");
    });
  } catch (error2) {
    await fsp.rm(partial, { force: true });
    throw error2;
  }
  if (actual !== file.sha256.toLowerCase()) {
    await fsp.rm(partial, { force: true });
    throw new ReleaseError({
      code: "STAGING_MISMATCH",
      message: `${file.filename} downloaded from ${displayUrl(file.url)} does not have the sha256 the index listed.`,
      details: [`expected: sha256 ${file.sha256}`, `got:      sha256 ${actual}`],
      hint: "The index served other bytes than it lists (a broken mirror or a tampered file). Nothing was installed or promoted."
    });
  }
  await fsp.rename(partial, dest);
  deps.log.debug(`Downloaded ${file.filename} (sha256 ${actual})`);
  return dest;
}
async function hashRemote(file, deps, policy = DEFAULT_RETRY, oursSize = 0) {
  deps.log.debug(`${file.filename} is listed without a sha256: hashing ${displayUrl(file.url)}`);
  return fetchFile(new URL(file.url), file.filename, deps, policy, `Hashing ${file.filename}`, { bytes: Math.max(DEFAULT_MAX_DOWNLOAD, oursSize), named: "the file it should match could be" }, async (body) => {
    const hash = createHash3("sha256");
    await pipeline2(body, hashing(hash), new Writable2({ write: (_chunk, _enc, done) => done() }));
    return hash.digest("hex");
  });
}
async function fetchFile(start, filename, deps, policy, what, cap, consume) {
  const maxBytes = cap.bytes;
  const request = { method: "GET", headers: { "user-agent": USER_AGENT }, deadlineMs: transferDeadlineMs(maxBytes) };
  return withRetries(policy, deps, what, async () => {
    let url = start;
    for (let hop = 0; ; hop++) {
      const step = await exchange(url, request, deps, async (res) => {
        if (res.statusCode >= 300 && res.statusCode < 400) return { next: followable(url, header(res.headers, "location"), res.statusCode, hop, what) };
        if (res.statusCode === 200) {
          if (Number(header(res.headers, "content-length")) > maxBytes) throw tooLarge(filename, url, cap);
          return { value: await consume(Readable2.from(capped(res.body, maxBytes, () => tooLarge(filename, url, cap)), { objectMode: false })) };
        }
        const answer = await readAnswer(res, { limit: MAX_ERROR_BODY, overflow: "truncate" });
        if (isRetryableStatus(answer.status)) {
          return { retry: `${answer.status}${quote(serverMessage(answer))}`, retryAfter: retryAfterMs(answer.retryAfter, deps.now()) };
        }
        throw unreachable(
          `${what} from ${displayUrl(url)}: the server answered ${answer.status}${quote(serverMessage(answer))}.`,
          "The file is listed but cannot be fetched: re-run later, or check the index."
        );
      });
      if ("next" in step) {
        url = step.next;
        continue;
      }
      if ("retry" in step) return { kind: "retry", reason: step.retry, retryAfterMs: step.retryAfter };
      return { kind: "done", value: step.value };
    }
  }, {
    giveUp: (reason2, cause) => unreachable(`${what} from ${displayUrl(start)} failed: ${reason2}`, "Re-run later, or check the index.", cause)
  });
}
function tooLarge(filename, url, cap) {
  return new ReleaseError({
    code: "STAGING_MISMATCH",
    message: `${filename} from ${displayUrl(url)} is larger than ${cap.named} (${formatSize(cap.bytes)}): reading stopped there.`,
    hint: "No file of this release is that large, so the index served other bytes than the ones it lists. Nothing was installed or promoted. Check the index."
  });
}
async function* capped(body, max, error2) {
  let seen = 0;
  for await (const chunk of body) {
    seen += chunk.length;
    if (seen > max) throw error2();
    yield chunk;
  }
}
function hashing(hash) {
  return new Transform({
    transform(chunk, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    }
  });
}

// src/index/simple.ts
import { randomUUID as randomUUID2 } from "node:crypto";

// node_modules/entities/dist/decode-codepoint.js
var c1 = [
  8364,
  0,
  8218,
  402,
  8222,
  8230,
  8224,
  8225,
  710,
  8240,
  352,
  8249,
  338,
  0,
  381,
  0,
  0,
  8216,
  8217,
  8220,
  8221,
  8226,
  8211,
  8212,
  732,
  8482,
  353,
  8250,
  339,
  0,
  382,
  376
];
function isInvalidCodePoint(codePoint) {
  return codePoint === 0 || codePoint >= 55296 && codePoint <= 57343 || codePoint > 1114111;
}
function replaceCodePoint(codePoint) {
  if (isInvalidCodePoint(codePoint)) {
    return 65533;
  }
  if (codePoint >= 128 && codePoint <= 159) {
    return c1[codePoint - 128] || codePoint;
  }
  return codePoint;
}
function replaceCodePointXML(codePoint) {
  return isInvalidCodePoint(codePoint) ? 65533 : codePoint;
}

// node_modules/entities/dist/internal/decode-shared.js
var BASE91_INVERSE = /* @__PURE__ */ (() => {
  const table2 = new Uint8Array(127);
  let code = 0;
  for (let char = 33; char <= 126; char++) {
    if (char !== 34 && char !== 36 && char !== 92) {
      table2[char] = code++;
    }
  }
  return table2;
})();
function decodeTrieDict(input2, resultLength, atomCount, dict1AtomCount, ngramCount, dictSize) {
  const base = 91;
  const inputLength = input2.length;
  const twoCharBias = dictSize * (base - 1);
  let pos = 0;
  const readSlotCode = () => {
    const c12 = BASE91_INVERSE[input2.charCodeAt(pos++)];
    return c12 < dictSize ? c12 : c12 * base - twoCharBias + BASE91_INVERSE[input2.charCodeAt(pos++)];
  };
  const dict2AtomCount = atomCount - dict1AtomCount;
  const slotCount = atomCount + ngramCount;
  const single = new Int32Array(slotCount);
  single.fill(-1, dict1AtomCount, dictSize);
  single.fill(-1, dictSize + dict2AtomCount, slotCount);
  const start = new Int32Array(slotCount);
  const length = new Int32Array(slotCount);
  function decodeDelta(count, off) {
    let previous = 0;
    let slot = off;
    const end = off + count;
    while (slot < end) {
      const code = BASE91_INVERSE[input2.charCodeAt(pos++)];
      if (code < 89) {
        previous += code;
        single[slot++] = previous;
      } else if (code === 89) {
        let runLength = BASE91_INVERSE[input2.charCodeAt(pos++)] + 2;
        while (runLength--)
          single[slot++] = ++previous;
      } else {
        const next = BASE91_INVERSE[input2.charCodeAt(pos++)];
        previous += 89 + // eslint-disable-next-line unicorn/prefer-minimal-ternary -- branches read a different number of side-effecting input bytes
        (next < 90 ? next * base + BASE91_INVERSE[input2.charCodeAt(pos++)] : BASE91_INVERSE[input2.charCodeAt(pos++)] * 8281 + BASE91_INVERSE[input2.charCodeAt(pos++)] * base + BASE91_INVERSE[input2.charCodeAt(pos++)]);
        single[slot++] = previous;
      }
    }
  }
  decodeDelta(dict1AtomCount, 0);
  decodeDelta(dict2AtomCount, dictSize);
  const references = new Int32Array(ngramCount * 2);
  let poolSize = 0;
  let ngramIndex = 0;
  function readNgramReferences(count, startSlot) {
    for (let index = 0; index < count; index++) {
      const slot = startSlot + index;
      const a = readSlotCode();
      const b = readSlotCode();
      references[ngramIndex * 2] = a;
      references[ngramIndex * 2 + 1] = b;
      ngramIndex += 1;
      start[slot] = poolSize;
      const entryLength = (single[a] < 0 ? length[a] : 1) + (single[b] < 0 ? length[b] : 1);
      length[slot] = entryLength;
      poolSize += entryLength;
    }
  }
  readNgramReferences(ngramCount - dictSize + dict1AtomCount, dictSize + dict2AtomCount);
  readNgramReferences(dictSize - dict1AtomCount, dict1AtomCount);
  const pool = new Uint16Array(poolSize);
  let write = 0;
  for (let index = 0; index < ngramIndex; index++) {
    for (let half = 0; half < 2; half++) {
      const source = references[index * 2 + half];
      const value = single[source];
      if (value < 0) {
        let read = start[source];
        const readEnd = read + length[source];
        while (read < readEnd)
          pool[write++] = pool[read++];
      } else {
        pool[write++] = value;
      }
    }
  }
  const out = new Uint16Array(resultLength);
  let outIndex = 0;
  while (pos < inputLength) {
    let slot = BASE91_INVERSE[input2.charCodeAt(pos++)];
    if (slot >= dictSize) {
      slot = slot * base - twoCharBias + BASE91_INVERSE[input2.charCodeAt(pos++)];
    }
    const value = single[slot];
    if (value < 0) {
      let read = start[slot];
      const readEnd = read + length[slot];
      while (read < readEnd)
        out[outIndex++] = pool[read++];
    } else {
      out[outIndex++] = value;
    }
  }
  return out;
}

// node_modules/entities/dist/generated/decode-data-html.js
var htmlDecodeTree = /* @__PURE__ */ decodeTrieDict("!}.&u%}'&}*'~!6*)%&,~!J~!J~%L~y<~!R,~~%Lu~~#GD~~#|)1#%}^%}2%+#.##%##%}&%##%'#%##&%#%#'%#&#%#&#'#%%#&#%##%#)%''%&%#%#'%#%%#%%}%%%#%#&(23#%%#&-%0%('1#(##%#'##+%'*.:1}#%#6-+(%'%%#%%%}#L'2351&('%}&/N'(0(/*-%(%%}#'+&T%7.2}#&%&#%#36/5##%&%%#&#%%#))2%%##%&&'0~!#*+&'%1~!%).'3q?&%'1~!.##%6(~!+%%%(Gw'rT~!E#<nA%#jZ~!H%(~!42##~!*31&~!G%U~#)5~#`3~!J~!Z~%]~%Y~%C~!q~!u~#kz~%#~!6'~!D~!U~!?~#T~!c%~!G#'~%7|~!G~!J~!G&~#pb~(Df}#%}*&}#%##%##%##&#-}&'#'&%#.++}%mI,#,@&(}*%}*'%&##&#%##%}&0}#.},U},%}+%}&%}#%##&}B%(}(%}+%)})%##%#&}&%##%&}<%}>%#%&}*%}(%}9%}/%})%}*%}*%}?&}&%}3%}&*#%})%#%#)}#&#-#+*%E%%'%'#%}#*V##&##I}#&&##%&%#&&Qf%%))w/0+&%#(#.%-''''++++7}>%4'',##1,#%#&%##&#'##&#*#9)%&%}#*}%,#+P(%A&%#'&##wSD',9E00#y#@}(+}&%&>~!#~!X}#*}(&&}(&}(,%}%&#+&}#&}I%#%}%)#(},'%#*}4%%#%}(''}#/##(##),%-##%%)#&}(.}&%#&}%%}*&#%},&&}&%}#%*'#%})%}D&}&%}-&}6&#&}-,%}#%})-(~+`~,=?~I9'9%~!,#%})%})%}@%}?%}(~!?~#<~#pP~#BG~#=1#%K+~#?#~%;)~#A~#mF1~#A'~'X%'~#lR~#N~'N~#r~#m#-~#i'?%#'%~#B%##%,%#~#_%#0%~#]732~,w~2+#:&#%&'0%&>%}#>##F+)#%&&#(+_}4&}-%}(&}@&}O7Fdf0@+/v4}&WU##&/0#&'('B#%}.%}'+#%}#%%&#&%#%##+#&#)#6#'#.},%}c%},%#%##%&#&%#&~#>'*-.%##%##%}#%%}%'~#)D1}#%*&~#_%%'(~#S2%'.}#~#=##*'*-%}&'%'##&&~'E%.#&~#M4}%%##&'%#~#O1##%&#'+~#<B%##%%'%+~#;#@%}#&%#&&%#(~#H1}'%'##&&~#?A}&'~#D#%32}'&&&&~#[}'(#%}'~#;C})&}%%#%~#=&%,3}%'(#%%~#^'#&&)#%'~#Y%-~#d-%'~#^%%&#&&&}#~#b~2t*&'~&(~&@~0%~e~3}%*''0})&}+~!9##-}#%-hD*)1fC#%/&/fB#40~!+#)*4~!+~!K'&:~!/*7~!.#~!H~!L':~%x&~!H#~!*~%1~!I#~!+A~#p'~!F~~#-#~,,(~.Z~!V~%;'B'mq-W~!N~%I%#&&#&}#%},%%}'%}+X#%}#&}(%}'%}<%}#%}%%'}'%}:~![)9@~%>~#UA%-%##&~!C%~!-.9:~!1~!-^2/:a~!y,D*J#-5)/4~%23,~#G~!L1~!0X3`~!2+~!!0-~&E~!W~!o,>Y&]~%cZx_&~#O*9#A#'#+I'%#)~!0B*-5A+-((F&*M#)(-7-5+'-3a5Vi~!Y~!?+[)%3),ERHm~!+:D,VG.+)?fB%%*(%)'(#&80%1'8`K8?`+'Z#&O&'H5#*9)A%%5&3))0%39+.*7#()&&*=4@**L)<'_&*+..;(#*+)./&0#3)%')-8(4ixD(&.}%,('aI:,)%,k2231T)I'#/-W7,/'Q#.'Y24+h')37</31&83##&0#),H(?'&?/1##%#&&#%''-%&&&#(&''&#.-'%#%%(,')*'&#&#'##%(%(#%('#&##%%%%('%#%#%%#%#&%##h>w+v<ayvyvcg.uuhKr}g/v|g>u9i[~>g5uI~=RvdwEg;v/g;uk!!TTSx]@RT!U!#!@VBRUU!'UTe-d0c`e&gSdicedFcrdTaqb.kYcAohdYd@a3e+d}dMdtd.aJ#bqcK`dle/e.e'dwdPdodddjbEb}ogd^ofdpduc6j?l%d{drdqc)d7bacOdQ%T#Y)X.sR[yH>6Vyv3[xwLu>vo'!*.[yBacahoj>6Rew3[xqdZa#!a&#^(X-[yG>6Vyu3[xvg3sEr|g.u/Ri9db0T#^(Xa)!-[y;>6Vylg4wKs{JwNZt3@3r=c4Z([xlg;wKt!cpq's@v7A'*a(a+!-a#[y<3Dt?3Dt'>6Vym3[xmg9rxsNJwLZt4~?r?db1T#`-!(Xa,!0[yS>6Vz%NuQs.g4wKtnJwNZtS@3r>c4Z([y%g;wKtrdga8!a(!#&T*Y-Xa#!a0<or[yc3Dtq>6Vz43[y3JwNZtf@3s!Ju}!%Dti:pm3c_%X#tjB5pkd6q!r]u?voC'*-a.a2!0a&a+[yI3DtI3Ds~3DtH>6Vyw3[xx;:s#~<5pKJwNZtE@3r~d`a)!a2T#a.(!+U.X1[yT3Dt`3Dtv>6Vz&3[y&g9rxwzcxstPu.<rAJwLZtT~?r@dZa%!a.&^*Za(/Reu[ya>6Vz23[y1g3sEr}wkg{NuQRg{ci(U#5@b`~,cg#U(2WnH5wugcRh7dX#T(Y,a'Ta!!a,[yZ<]mj>6Vz,3[y+Pv#5ReZKu+=,%!H}7ABwkaS?Rh:BcW(X#<]mrj:ubv/ARekdg%!(!a.*Ta(Y.X1!#sP>Rl*Dt6[y>>6Vyo3Wf*jOvuumvuRgRJuq*!:9<B@bX~3jVv&v@s@5Re[d/rQt{uAvo&a&a*)a2!,0Wf!3Dt0=Bs'>6Re}3[xy~<5s%JwJZt1~Gs)c;&!#2sJkNuXvzq7rxu,Re8dka4!a8(aEZ+a@Y.X1Xa)[yd=Bs(3DtP>6Vz53[y4cX#X&Re:avRe9~<5s&JwJZtQ~Gs*i^rzvdRg+Jv{%!2sbB@bX}kdga,!Za?&^*T1/!a'Dt+[y6>6Vyf3Wf%g/u;s4hGu6?Rh-JvZ,!c%#&RoX54Rivj7uyvf8RgTKvZB%*!2sGh<vu5Rgq<=C::9bb~#dZ#T&Ta6Y.X*Dt>[y93Wf)coZ(T,6VyifluvRgC@95@B@bX~/hFu34cC#T,k/unq8w8Q5RkUklwQuzunq8w8Q5Rk8d/rJu?v8w9)-&!a0a;a&aIWejg3sEr/h1s<DtDJvyZqY5aws3Jvy!&Wei~Hr1:au5@Bag>23E~5c:Z&bX};kKv?w&unuVu5Rjc;>bs)#~@:Rh.=ay<a]C;b`}Vd6s/t{uAvoaxa()!a,a7%-a#a2Dt,[yF2Wo[>6Vyt3[xuNuPRi&NuPwpi#RoWh?vf8Ri%Jv]!%Ri:KvxD!.'2WeAjZu`q9rxu,Re7woeAg-unLq(qA_/*2Wg_g3u5q^9:4E}/jTrxrzv=Wkkd~0UX#^^Xa-a1a5T&a=U1a'*aEa]!a*aPaA-adok[y54Rn>;:p3~Dp5g9rpsFNvZqjg3uJp4~<5p0Pw;5qlJwNZt*@3p1Pw:5p/Ou!5p2JvG'!6Vye=<qnJvh_[xhg3v,Rh3kOwOw-sDuev/Re^dha[a%!%!a+#Ta7)-5TaCaO!aka!a)sf[yb2>Rl!9ARiq5E}Qg=ucRkBE|oJrJ_@Wk~@Wk{JrJ_@Wk|@WkyJrJ_@Wk}@WkzJvO_[y2g-vMRmiKuYC!)&>Ri;>Ri<@3RkNc](X#@9Rk=g5vuRmhKvDB!+'=]meg3u4Rmgd)#Y'Vz3CARmfd`a+!%T'!+#Ta1Ta6TaM-sTDt9[yA9sYd'%Y#s[[xpj:ueunaXRgEjRq,v-vuqdd2'`#6Rev<32@5>:2<E}5xIo9a*X#Y(;5RePJvD_g>vyRgNj8w)v8<wggs:RgXiZt|vjx,hSq3ah!-(~@:Ro/Ou!5RhWj^v(pyw8unRhUdx-UY#^Ua.a3a70!)%UX1TaDa)'omRiRRhE[y:3Dsz=Br,>6Vyj3[xkg6ruwjcqsrPw;5r*Ku]D'Zt-@3r(~?r.i[vwv]dU1a--U#`a4(g/vsRhPOu!5RhLj:rmu9Wo!~@:wdh@g/vsRiTjXuvvNr}:RhBj^v(pyw8unRn]dz1UYa'a+^Y(!aETZalaRY.Ta?a4[yDJw1!#qLsW>6Vyrfzq-pLflpwRe|Js>%!Dt@3Dt&Jvy_[xs~HrnjMuwpsw'RecKu+D#'!t<~Grl~?rjg5u-x,gwp{ah!-(~@:Rg~Ou!5Rh'jXuvvNr}:Rh#cW#X/c;&!#2sLi[v7u7RgpJv)(!iLrxu,Re6j7v@s@5Se[e7d`aW!Za(a`T.a#!a3!&aDa-!9)Dt_=6s+3[x~~DR|h~DS6avhGun5RkZj3w)v-]mkKunB!&*]kb97R|i<ARk<c:Z(6Vy}Juh'!wziMRoS:F|vkLuauJv5vtvQRh1d='T+Y#VyO~DR|jcF#T'7R|g97R|kJv3'!ay<Rj,Jvh&!:ReXcsa6*a+#a#_aIRf9aLRf?c,Z&Rf5Rf7c.Z&Rf;Rf>cQ#%T'p-Rf8Rf=ct#%'(*!,p,Rf4p+Rf6Rf:Rf<d~'Ua%U*^UYa(!a,-!#a4YaTalaEX0a8a<Weo3Dt/3Dsx=Br93Wen~Dr;~<5p<JwNZt2@3p=Pw:5p;Ou!5r3c7&!#:p>3Ds}KvGB)_6Vyk2sM=<r7x'eovA(!hFu1ARf}cV#X&@r5j6rvwQa^Rf3c=Za'wkghJv__g;unRggA53B9=b^}%j6uduo5Jq;!(hIv%2Re`Ou4ARe_e%a#^^^Xa&!a*a2!&a6YaP!*ad!#a:aE/5Rn?[y@>6Vyp;:pE~DrY~<5pBJwNZt8@3pCh=rt3rWPw:5pAJup_[xoNuPpF9c!#'45pD5ARn)d8#X'X*3@rU72s]h>v<<sSjJpqvewOJq/(!hNw'5ReBk0s2u3w/w'5ReE5@Jq.!a+JQ!&WeU23d(#Y&RjG5]jBk!u7w&u0udARjEe#+^^^Ub#!a2/a`Z(agT1!a-a;|@TaG!aS[yV=Re~fow'RguNuPRe?bz#'>RoUWeL>:Cbb|?JwPZtVg6ruRmzJvD'!6Vz(g/vmRh~Jvy_[y(g9voRgyx*cy(#2>Ri2B9b]~9kIw9u7rluJu3Rg]dI#a%UY'@=p%CAx.gQZ&RhwwygtRm{x5g_Z'+ABqR9Woa=Bp&dV#^*Xa'!&@o{g4v]Rk;Jv{!%Rk[wkkiA5RkiwwfUB=x,fUuqC&*!>RfTg8v0RfV~ARfSd;rJsAuAv9wR'ae+/aO!a@aza/a#[yQ@Wg!2Wemg3sEr0JvB_g>uvReWg2v+Re=KupB_+[y!2AbY~-~Hr2AJwD!(h<~El>h<~El?Kun@+_:9b`}Kg-v/Ri3g;vtwyk_9]k_d=&T#*U.6qh@Ab`|K9:H|CJv[!&3Dtex'fDwC%!Rf[9WlMd[(^X,!a%Z06Vz!@WgBg=v~Rgvg,QRe@awd,#Y+jTv|Q~EfWj]uNr|~FRfXdy#Y&^Ua%!aO.!(a)Ua;=!a@aKap!a-,a!Ta]a[rSa]p?[y82sK=Bq~;:p:~<5p8Pw:5p7d'#Y'Wf(;RnRi[u4w&RgJJvG'!6Vyh=<r#ijuuv/sIKuYD'ZtG@3p9~Gr&d2#`(g<vtRgFj`u5w&rqpxRf2CJuY!+:wfnTOu!5Rg}jNs1ucv&RfwJvA!&3@q|BDcC#T,k/unq8w8Q5RkTklwQuzunq8w8Q5Rk9dga#!a'!a=#a0!:+Tb*b@aO.a4!aba8aFJv^}?!VyR~Dr<g;u%Rn.~<5p[x'e`wNZtR@3p]Pw:5pZhNvjBp.woe_g5u-r4JwF!%DtO3:ooc7&!#:p^3DtpLuGw(!+%)Dtk6Vz#2sd=<r8d'#Y([y#<x3gJt`w@!)%}MRiowzikRij=]ilxAf3,U(#B2Rf#g0v-Rm[ck{`U#]giKv3>)!&6Ri154s,KuGB_%@r68r:dJ|t`#X(9<E|u2@H|rx3gJu?w'!+'1Nu7Reg4=H~+9<wxgY95Rm]xLggZ-`(X}U2:Ri4h<uOawRmsJv__5@bb{jbV~3dka#a'a]!,#a+U=a>b6a3b%!/aKa/)!arwve^VyJ;:pR~DpTg3uJpS~<5pOPw;5qmPw:5pNOu!5pQJvG'!6Vyx=<qoJvA!{~Jup!%@qk7Rn/KvyD!}''[xz;>wkh'?Rh,x8gyt`w5D!&),(SgyccRgztJ@3pPB5p#d'(Y#<]mmifubw&RgoJvE&!82s^JvF&!8Rf,ADb]~;x=h'rNu]vK!,%'*0RnORh)4Rh*AqQg-vaRnNg;wHwkh'ba~4cE#Ta*x3gctyw@'!+%RnFRnD<4Rn@hFvK5RnCxWg[#`&a0Ua()`1Rm75Rg[c]%X#qi8Rg^NvdRj>BwzgZauwji7Rm6A4wgg]d1#&(*,.0a#Rm;Rm<Rm=Rm>Rm?Rm@RmARmBe%#^^^Xaea?aC/b+(,!a+a#!a/!>a&Ta<aKbD!2wphBRnk[yPw}hE|.=Br-3Dtm>6Vy~g6urRf.x,hPrNav!%'RnqRo%Ro#Nu;q[Pw;5r+JwNZtM@3r)d'#Y'Weh;xChL#`&RnmRnoKu}>%(!Rne~Bs-;2wjcussJv+'!aYSO}6@B<5?ba~8LrNvj!.%*ROwungw~ng~:9;Ri^>wtnig;wHRnixDh@|(UZ.x1h@|)!#:2<H|*xHn]#-UX'3Ro)z=iT}6ARns=Bwsn_wpnaRncw]aR(#UXa&Ua*a/=]iPd'#Y&Ro'WnXf{QRm2hNvj]nZd`'T~&1`{|`#9b]{}c:'!#Wl{>@=be}]?cl{{U#:5Abb}Jds#^YaF!a*b4a#a3aPa>&Tb!bH!*a_!Eau?/a&RjY<]gj>6Vz*;:pe~DrZg,QRj1JwNZtX@wihspcJvZ&!VyX9WmOJu|!|N2WmHJvh&!]ht~Bpbcn&T(!#RmQ<s7Nu;padH#X'`+WmJ@>RmKCARhnKup=!)&Wf+:RhqNuPpf9c!#'45pd5AwghpARn(Ls@w!%,)!RmP@Wfe<E|IJva!&WmNg8vsRmLd`*.`#Y'Xa!axRn*]hrA8Rhug5s@rXg8u!RmMd8#X'X*3@rV72smdI*#UY&RmICARho~GsgxVgd)Ta'U-Y&Xa!T#RnEWnA@Wffg1uDRi0hFvK5RnBxGnG&#`%owp)@wsf+bX}Ze-*1!a*^^^Ua|!#a.aq&Ya2!a>.a6!a:aO`aJDtL[y`@Wg#>6Vz12@wzoYRoZNuPRi!NuPRhzg=ucRi,@=b`{Yg=ucRi-ACJvB!&Sh[ebSh]ebi`wUuFRm4Jw2_[y0JvB!.<Ju(!&SoG}6Shd}6<Ju(!&SoH}6She}6Kur@._g5vHRieJvx!{L2G{Kx6gd'T#?Rh82Wi5cZ#X(g1w)Rm5dW-Y(Ta#!a)!#aYa=wnfE=su2>>bU{0j9udv:<svj8uQv-7RgHdE%#^'sq9sp=>Bb_{TJv`!&g/r|snj6v(us5d,#Y(56H}[978H}]Jw5!&g1rushJvB!+j;v{u5?zDhd}6}bj;v{u5?zDhe}6}ce*#`(^^^a[aea!=!a6a*aoXb1a.!aAbL!b>,b'aL!aV@Wf|2Wlg3[y/JwNZt^@3piPw:5pgJunZou3@rsJva&!Vy_g<v~Rm#JvG'!6Vz0=<r{Ju{%!:pj@WfsiXuJu3Rm:JvZ&!WfA~Bph@c4Z&Dtwax5rubx(#:awRk1@d,#Y&RfjRfid1#,Y(@Wfp2Wlrg5s@ryKu[@!,'=]ig9wlk?Rk>g5u-rqJvy'!@9RkQcH(T#=>Ri~@<wkj(Wj(KuZB*!&<7rw@9RkRcH(T#=>Ri}@<wkj)Wj)dg(Ta2Xa9X#`-!a*CARhg@@=I}d9x;c~#X%so=<sj>2@@=aybb}XjWv0Q~EfEj3vLv;<d,#Y(56H}`978H}_dgaPaFa'a/!#a3Y0a_a;a|!1(a7-[yE3[xt;:pJNvZrrg3uJrvJwNZt=@3pIh=rt3rxPw:5pGOu!5rpJvG'!6Vys=<rz@c4Z&Dt(ax5rtJvZ!&~BpH@wsfNg-vaRlNci*U#=<wei<F}a5@Jq.!a*JQ!%@qZ23d(#Y&RjH5]jCk!u7w&u0udARjFd/prq=tyvpaEa(a:.!a1aZ(@@=I}:9wpd%=<sX55w_h}@@=I{t=ay<aU@@=I}T=ay<2@@=I})?C9:9au@9Cb]}DP~=x-fAZ(2Wl1=ay<aU@@=I}>5@d##Y+jTv|vV~EfFj]uNpn~FRfGdgaK!Z2&!a8a-Tb({E!acTbM*!a(DtY[yYd'%Y#sl[y*hHvh>Re5x2c{Z}.j4uCvcawRiMd+#X+_x&d!},<5RkX;2Hzw@x,gavfB-!{CcF&T#Roe;RodwWbBg5urRgaKvHC*_6Vz+<4opieuew&Rmq@d]&Y)X,T#X0Rh}<BqP=4qS9:ReMg/ujReNJw0!/<Jui%!bd{kawwnemRelAxUa?a3#*.&UX(Ya+a/RhvRnQ<o}9Wmtd-#Y&RgSRmw9;Rmxay=Rmyg-vaRmuxEhSrNu,v-voC!%(aR.a(a7+1Ro1>Ro5CE{A9b]{@;5x#eO{:g;urRi+KrNA!%(Ro3>Ro79;Ri_Ku@>{;&!x%gX|{KunA_+g5QRj/g3u5Rj#g>uERj%wio/xRhS&!,!#^1U}wba{8>>@=be}qC@:D5ba{7Ku+A&!}x?ba}t>>@=be}se(aA^^^Uat!b0#{pa+awUazbGa#aLb9bgaWac'a5TbS=Br!d1#`%scp_Jvl!#rT>Re0JvX&!VyN=H{Fcm#U&:pY=ReaJv2&!]h0=]nUJvG'!6Vy|=<r%JrM_=]h2@Wlud'#)U'Wf'b]{i=]h/Jvh!&~BpWg=v]RnMx+ny#'Nu;pVwjnu=]nwxJnx,T#`&Reqwjnt=]nvieu9vrRjLLuYwP(#+!th@wih5pX~Gr'g5v/Rh4KunA'!-CARnP@wwiN:Rm_9x'cvw>!|l=<saKvAA!0&3@q}>w^e1bp#&Re2Re3BDx7gH#T|f5H|eKuZ>!%(:qNAH{]Jv6!+3B2B9=b^{X<5<B92:E{ZLvhwA(a;a%!igQuyRmad+#Y}m@3Rh5d8#X'X*:AqUAHzmaxwbh<aXRnVcF}RT#Nw&cj#U(BWnug/vsRntdka)(a3+.Zb7aYYan1!bVa@Xa}[y^@b[{G=H{+hFu73Rj&Pv#5ReQcK%T#sig1v{Rj'Ku+D#'!t]~Grm~?rkKuMB!01d5#`'Vy.ta3Dtu~Hroc8#'{^45s85AwZbP&!#Rn!wghxWn#KvEA!)&2RlA2RlBx:h|#(T,=]j09Wobz>x]z/@awRoTd+#Y(az]hFhCrm4d,#Y+jTv|Q~EfMj]uNr|~FRfOdCa!Xa9_X#@<plJvf!%b`{(9;Rgwc;.!#2x7cw#T|UDb]|T5Ju={(!=@E{&Jv)&!Ab`{'awJvf!~*>>@=be{#KuY>!+&4Ezyi[ugv&RjIdea+T)#UXa&T-T&a!Rh9auRmW=]kLg5vuRn+g3u4Rn-Ow6ARn,hHus5xNk?#UX(U~)/g8v0RkD~AwkkF?Ri.OuNBwkkA?Ri/d|a2`a*^UYa.!aBTZaTa'Xa;!(!2!-a#b2[yC>6Vyq3[xr2Wi?g1rusVh%s?DtF~<5rbJs;%!DtBfswKtCj[uvuSsEu3RgVx3o:u+wN'*Zt;@3rd~Grh~?rfg8w)Lq)qE&-a%!>bI|`jWv0vV~EfCjTv|vV~Ef@j]uNpn~FRfBcK#T']gWNu7x,k7q4ai(0!hHv8<RhmkMu9vrsBuev/RhlCJvB!,g<v{wchh~@:Rhji[vrv{wchi~@:RhkdS&a5UY#Ta!RgPwwiI5BwciI~@:Rh`x'iJvj'!5]iJPu8Bwch]~@:Rhach)U#h3rp]gLh@t|Ax,hTq3ah!-(~@:Ro0Ou!5RhXj^v(pyw8unRhVd|)`,^UYas!a?/a2Z'a^Ta{Tb7Ta(a#!a,Wf&9sZ3DtAadamov=Bqt3[xig8vsRm~>waiL2b`{QJv*_Ouv2qgj<v]v2BqfdR'X*X#Y-@3qr~Gqv~?p6hHv-]glPup5Lq+q?_%*b_{qF{n9b^{rOu4ARhpKvCD!+&~Bqp:5Dbb}nwoiKl&unuTuBv]v+ueunaXRf0=Jvh!0nKufu8v1w&w7q%w&uHrz:Rgnj5w,uxDJq/(!hNw'5ReCk0s2u3w/w'5ReFd>Za&!*UaA=<wkgsRnSJv^!%Refifw3vyRgOKu_B'!,<]gkiiu:w&Rh<=C@a^<B57@2F{[<B5@aW:=3away9A5aW=<B=C@a^<B57@2F{Ie-#`(^^^bCara.b8aza6!/bZ,!adTbnTbOb+aFaS!aAT9@Wf~2Wli3Dtl2@d,#Y&RfnRfmJwJZtN~GqyJva&!VyMg<v~Rm%iXuJu3Rm9Jv[_=]ih9wlkDRkCd1#`(@Wg>2Wls3cH#T(@<Rj*=>Ri|b~'#23s9h<~El.d'#Y&Dtxi^rzvdRl#d*#U%(o|B2s`hJwSaxRmDKv4B&!1:Rmdd5#`'Vx}to~Hq{x'f1v3(!BA5ba|bJv_&!Wfug1v]ReIdO+U/Y#&G}-8wze=Rh{g1v]ReHg/uQRf/by#)ibQwERl/cH#T(@<Rj+=>Ri{cNu+vlax-!(#a0qa9<Rii2;;bU{H;x<i=&X#Rk`<4wwi=C9H~8xAI(Y#<azRi@45wXI<B9;5bb~7dL(X#Xa(+!aL6Vy{g5QqOau:5au2@ay547EzbxOcU(UX-T#Ta#:Cbb|A?wjh/b_|SOw6ARgtihr}u7Rhy<d1#T)X1@@=I|~=ay<2@@=aybb}Sj3vLv;<d,#Y(56H}A978H}@dGpvs@uAu`vcw9*!aFa+ai%(b!aXa8.a?a[ozWey=sU2@G}Nch&U#Rf_WexKu+D#'!t:~Gr`~?r^j]uNr|~FRg*j^psurwJt|RmcKv)@&!)7Rkv~Br[@wxfO:Rl3co#U'6Rezj_q#vIuavjRltwzeyh@vr5JqD0!>aY?C9:9au@9Cb]}9cl#U*5;5<H||jbuus1ucv&Rfvg1v~d/pppzqFr^a--a~!aMat1(hFv;Wiz@@=Izoj5uuv-7Rix~Cw`fk2WlVcZ#X,k)u3vWs@u2]ktg;wEx'fBq(_2Wg/jTv|vV~EfoJv]!15x'hzqG!(P~EfU~CRl_j6v(us5x4i-#T(2WmZ?C2F|d>Kq<aj1!*jTqIsBv=Wl`~Cw`fi2WlWj`v0u*~>RlR=c>Z,k#u3vWs@u2]kr<c1Z+jTqIsBv=Wla~Cw`fm2WlXdmb3!a{(arZa`bkTa%TbQTa-a9+c'!aM!/[yL=Bqug.w'RifhFvyDRj.g>vgwyk^9]k^Jv3_@WfbAARkhJw2_[x|JvB_wkoIRoKwkoJRoLd'(Y#<]gm=<9<H|yd'%_X#skDtb3awwqkgNulRkgdB#^',9:p'hJwSaxRmEBwVb8@4=H|qLu+w50&!)@3qs~?pU>Awwn;;Rn=c:Z'ARn<=<qwKvC@!/&~BqqJv6!&]eVb^z^xRge'/a%+^`#Sge}6<4Rn3=]n0Pw2>Rn8Jw0!&>Rn:>Rn6cY#a7+!a&=<wkaNw~h3z_c5Z{=wjh#=]nLKv^D!&)Vyz=bW|swYb<WetcG#T(2wxa@qVx@gD#Y&b^|V5JwG&!5bb|pg/w&RgD@x=kHs=uAvn!a%%/'+RmSRh694Ro`g-vaRmRhHv-]mlxCcS#`&ba~.5cD#Ta)P~=d,#Y(56H{>978H{Dd_#{2^Y%_+qbbb{6g3sERhsbU{?dfa.,`a(Xa<!aiX#(55RiG54RiHcI#T'WiU3RiVNvdwtfcRlKNvdd,#Y&RlHRlExQgf.1*^T'X#Sgf}6Wn4=]hfPrk>Rn7Jw0!&>Rn5>Rn9Lunw?&a2!,5<oq@@wqfdRlJj5Q~=d,#Y(~ARfcOuN]fdDKw;ay(}i!547E}j?cI#T(@5bV}iCbV}hdv(^^Tb?a40,b##Tbo!a*bR!a<b|a/!aKai!aU[yK=]o^g:v>ReGJwPZtK<7Rh+h<~El,Pv#5ReR@awwxjCg,ulRjDJv6&!]j!z?aQeeg>w=Sh<eeJw;!&axEzOg,Qosc!#*:wkeJ]eJ>x'h-u(!%Ro.w~h.zPdNZ(X,Ya![x{;9ReY;wkgxRiF:x?ap#Y&RmUg<s2Rkod]+UY0TZ'!a&A9sw<=bczLNvuw{gqzNhJwSaxRmCKuLay!#&s_Rf-55b^{uJvZa!!c%#(55Ri654wmiu5RiuawLu,vp!+}^%b_}Y9;wkgxba}o>A9:=b^}zKuh=a''!3awRk3c*'!#aHRk6c+Z&Rk5Rk4Jv)&!awRjSawd9*`#0?C2@EzMj8u<uJ5RmbjQrquJu3x,k>uq@_+=ayb^|W~ARkEOuN]k@7dhzV^X/X&a-#zRzSb`zXcJzTT#2WkVKvDBzW!%FzY9;5bbzWjQrquJu3Jw3%!b`zU=ayb^zQd:#X(T-a!6Vyywxh}=b]{Jg=u1RiAdGp~qHtzv!w(wA+a+a;<!aJaYai'anasb(=azRmV:Cbb{MLq2vb!%')RjuRjrRjtRjqx3jnqCw3!%')Rk(Rk+Rk&Rk)Lq2vb!%')Rj{RjxRjzRjwLq2vb!%')RjsRjpRjfRjex3jcqCw3!%')Rk'Rk*RjkRjl9<CbbzfOu4ARhxLq2vb!%')RjyRjvRjhRjgx=joq*uKvb!%')+-Rk.Rk%Rj~Rk-Rk#Rj}x=jdq*uKvb!%')+-Rk,Rk!Rj|RjmRjjRjidAq&qKs@uAv8Aa.'*-a@a&0!aM@a5[y73Dsy3Ds|3Dt):wxgI2sHJwJZt.~Gqxwsf0ikrzt}Rl0Jvy_[xj~HqzKv_A|D!&WfP8axRoVcf,U#k(v]v+ueunaXRf1Ju}'!g8u#Ri=jQw!sCunLprq>!,')~<5qeGzq9F{W=c##%s5au:5aU3CBE|;d4#X(D!a&6Vygx(b;#(=]ed?C2F{N<capoq2r[a&!aPa9,'Pw;5s:@@=I|,55w_h|@@=IzcP~=x'fCqB_2Wl2>aU@@=I|1OuNBc1Z+jTqIsBv=Wlc~Cw`fl2WlZ~AcTa%!Z+jTqIsBv=Wlb~Cw`fh2WlYk+uNqJsBv=WlSg,u3dca3#UXaMYa)TaB-=cM|7T#<bI}l5@B932:aV2G{BOuNBJq:|M!5Ezt=<B=C@a^<B57@2F{v>cB{/T#=ay<bI{3Jv6!a.6BKq0ah&+!5E}HP~Ef{978BaU@@=Iza<7d#.Y#978BaU@@=IzH~AJq0!(@@=IzG978BaU@@=IzFe,aU*Y&^^^bvJb,b:bFad!a,c2Ta>aL.bo6!a#CbTa'T#Re{2Wlh2@G{yg6t~Ro_NvdRfticuRQRllJv3&!x&c|zs@Jw3!%RflwpfkRlpKuL;%(!Re<@G|C2GzdhIvuBwgjAg-u0RjAKQB%!(GzZ@G|5NuuRl7d='T+Y#Vy[g<v~Rm!==G|>JvA!)@wma=]m1ifuaw&RmnLs@vT'!|/+[y,g:v>ReTJw1!#qX=x!eC{bLu+wT&)ZtZauq_~Graci&U#F|89:r_Lupvq!.)&2RlG8RfaC=x!eF{_h?rpWlmd&'!#X|&]k::xJey#`'T|+<E|&2@H|%dE#(^,g;u.RiEg6vjRiC9xCkA{O|zY#g=ucRmXKs0@!&*@G|m@awRknJuh!,3d(}gY}eJvj!%Rm):Jw3!%Rm+Rm-Ls0w(&!a(a#@b[|6cZ#X'7RkxWgAOu4ARn'dH'U#Y*Vz-Wm'CARm}d]*#a%^a*T'aK!a<9bV{PC=p*Jw4!&SgxcbB5r]idw(wBRmF7xFkt#&`(Rm/Rm8E|!JuY_9:Rl5=wrgr2:bbxd@xXfB(a*#T+!.X0X1Ta/a'T&RlDRfL>RlyARl9b[z[>RfZ:RlL:RfRwlg/ARl;9;RlxKv,A/!%7s69<74=BA5ba{-8Bde#`a<XaKYa1,a'P~=wxfB2bZ}}?C972@@=I}r8@55B9;5bb}G978B2@@=aybb}3j3vLv;<Jw3&!>Rfk=ayb^}4~Ad1#`*@@=aybb{w2@>==<bbz]dx+UY#^UaF!a9!bB'Ya1.!ajXa#%olRhD[y=3Dt#Ov5BrHKuMB%!(Rf^Wep~HrJwkiQjKr|~FRg)Ku+D#'!t5~GrF~?rDdV)UY,Z/_7RkuG{<~BrBg,rlsO:235B@bX}|d?a1!#`(6Vyn5@d##Y+jTv|vV~EfIj]uNpn~FRfH7Lq2vb1!a9-978BaU@@=Iz9978BbU}#~AJq0!(@@=Iz8978BaU@@=Iz7~AJQ|}!978BbU}!JvkaK!AdUa21-U#`a+(g/vsRn~Ou!5RPj:rmu9WhOjXuvvNr}:RhAj^v(pyw8unRn[kPr}p|u7vwv]RiSBd;pppzq@qHQa?(b.!a.a`@.|xa(hFv;Wiyj5uuv-7Riw~Cw`fg2WlU978BbU|wOuNBJqG!(P~EfD~CRlQcZ#X,k)u3vWs@u2]ksg;wEx'f@q1_2Wg.j]uNpn~FRfqJv]!15x'h{qG!(@@=IzK~CRl^j6v(us5x4i,#T(2WmY?C2F{1>Kq<aj1!*jTqIsBv=Wld~Cw`fj2Wl[j`v0u*~>RlT=c>Z,k#u3vWs@u2]kq<c1Z+jTqIsBv=Wle~Cw`fn2Wl]dn1#c(a(b^a2!b/bAT(bj!aDa7bu,a_a{c0!2T0g:v>ReD2@G{42@G{5~DpM~<5rc=Bx6i>{RT#RnI@zCx]y]z:2Jv[!zr5Awyk]9]k]dD(Y+X#6Vz.g=wKtgwhaCwgmTWj2Lu,w%_+/[y-B;b^xeg3u3Rj-2@bX{*KrJ<!+'@Wg(g?QRlC@Jv`!%b[zIwsfII}8JQ_@w|kW|=Jv(%!AqcOuNBJvEzh!bYzjLs@wP#(0!oy@>RkdJwMZtc3Dtd@BcG#T'9bWxg2@2Fznd*#Y+;2x'c}w<zizixNgwa#Z'U+!/!a'!a+w~g~z6wcn{Rn}wcnzRn|5Rh%=]nJg5vuRmvNvdRlvcprJu}w*az*a#!%.a.'Bot9qT]kj@Wg'ay2Gzv@Jv`!%b[zEwsfHI}1;ck#Ux`<Cbbx_Lu+w!a&0*!wko*wwo,So,}6Juqxf!E}PigQuyRm`d3(`#8>Rn%:A5B;bZ~%KvhCa!a2!x>k7#Uxb@b{#xaRk7Jw0!)>wwhlShl}6>wwhmShm}6CJvB!.x'hhvj{!!5Bwkhhbaz}x'hivjz~!5Bwkhibaz|xEhTrNu,v-vpD!a%&/)a3a.,%Ro2t[CE{)@3re9b]{%wjo09:rgc:Z&Ro6=<riifuaw&RmoKrNA!%(Ro4>Ro89;Ri`dSaL'UYzxZb)7Rka3xRhT&!,!#^1U}vbaz{>>@=be}yC@:D5bazzKu+A&!}{?ba}y>>@=be}wxBh[t`u~vJvr!%a!a()a,a0a4RoC=]o;Ju(!%RoGRhdwjh`=]oAg>w#Ro?g5vuRo=NvdRl|Ku]C.!&;RoEJvB!%RoORoMBx'h[v+_?w~h`}~5?w~hd~!xKh]oiptu-utv.vp!#%&a30a@a'a+(a/aOp(o~p!RoDJu(!%RoHRhewjha=]oBNvdRl}g>w#Ro@g5vuRo>c[#X']o<CauRoRAd-#Y':RkpauRoQKu]C.!&;RoFJvB!%RoNRoPBx'h]v+_?w~ha}t5?w~he}ue!/UbhYacXaW^Tc&a;b:a-c/#b&aja1(!cL+!bKbt!bmcRc9aIc?8[yW3Dtt94Rg`Jv}!&SiRMzBhEebShEMNuPRe>x7gL#TzuwjirRipc<Z&>on;>z=h-MSh.Mwqczx'a7vj&!>Re4@=ResJt__NuPRi*NuPRi)j]uNr|~FRfzKrJ>_+@Wfy@Wf]2WocKrJ<!+'@Wg%g/QRl@@Jv`!&awRl<wsfFIzgLu(w*!.*&ShBMwvhIRhI9;RhNx1hK'!#Sn]Mx1hK~0!#:2<H~7cNu+w7D*'1ZtW>Rn1~?rOc:Z&Rn2=<rQ<7wjh&=BSnLMc]#X(6Vz)w[b=a!U#9wzgMc3#&(RgMRitRis<x,gKt`ax!&+SioM=BSilMc3#&(RgKRinRimKurB,!&SiQMzBhDebShDM6BJQ!(P~Efx978B2@@=I}WLrJw!!,a*&@G}O@9wkibRid@@x'fKwC!&SlDMSfLMjUv~Q~EfKKv3@a+!(hFv-]mpx/hYZ(C5RiWz<o/MwkhY?So/M@x,gbvfB*&!SgEM:SoeeehFu3:Rgbda(,^TZa)X/7Sg[eb:2RgI~BrMC@wgkc:wwkcRerx3h(uUvK!&*,SnOM4Sh*MArRg;wHRh(x=h;rJvPwI!a4',a'0@Wg&=BSh/Mg>w=Rh=g3w*wwgGRgGcW(X#;Sg}M2Gzk@Jv`!&awRl=wsfGIz`dKZ*T'Y-:RhR7RhQg5u-p`j6v(us5d,#Y+~Awkia?RicOuNBwkibba}Ld6p~tyu_vbAa'a+!a/'a3aEa8a!>Sh,ebJv{!&Sh@ebSaReb9;SgwebNuPRi(NvdRl)NuPRi'hHu^<Rm^Jvv_@Wl(g;u1Si/ebKu'B&!*Sh?eb@Wl'z@aPeb95Si.ebcpputyvjB)!,&a+0a%ShAMWeK@G}C@WfJ9;RhMwvhH9w{ia}ix,hJvRA1(!zAn[MRhHx1hJ~*!#hFv(BSn[MBJQ!(@@=I~'978B2@@=I}2db.Ua<'X}+T#a0XaG2G}E;wkg|wuh!Rh!x,hZu,@)!&So0MVy)C5RiXACJvB!&5RiY5RiZg8w)cG}*T#2@bU}=KsA>(!a.3wkhZba~(x,h^u(A!&(SoCMRhb5Bz=h[eb?w~hb~6x,h_u(A!&(SoDMRhc5Bz=h]eb?w~hc~6e)aA1T#T,^^^c-bMb&blcPaP(a/!0!bA=b5c@a(!bfbrc#2afwmhARnjwchORnp2Wlf3DtsNvdRl-2@wpa<]m0bx(#:awRk2@Jw3!%RfhwpfgRlnKQB%!(G{V@G|'NuuRl6d='T+Y#VyUg<v~Rl~==G|<Jv+'!aYShC}6@B<5?ba~8@Jw3'!g2QRljhLrpWlOd+#Y'g.w'rIg>w*wgj@g-u0Rj@Lu+wT&)ZtUauq]~GrGci&U#F|39:rELrNvj!.%*RhCwunfw~nf~:9;Ri]>wtnhg;wHRnhx3hDs@v~!/+'@Wfr@9RkSNu&Rlo=@<5GzoKs0@_+@Wl+@awRkmJuh!-3d(}pY#qWJvj!%Rm(:Jw3!%Rm,Rm*de&!1U-U#`)Re;@G|.@9Ri82@wjfvRlq=@<5GzpLvOvr!).&2RlF8Rf`C=x!eE{.Jw3_g2QRlkhLrpWlPde(!#U{s,UXa*Ta'[y'g:v>ReS;x0PZ&RnlRnn~HrKJw1}f!=x!eB|2w]aP(#Xa&a*Ta.Ua2a7=]iOd'#Y&Ro&WnWg;u.RiDg6vjRiBNvdRlzhNvj]nYJuW_2Wm3x)kFze{9d])!a.!,Y01!#&aC!a3RndC=ox~BrC@2b^{pg,rlse7x'ksuq!%Rm.E{xidw(wBRmGx9o+)X#wwo-So-}69:Rl4@xSf@a#XZ'X)X,Ta(/ARl8b[xc>RfY:RlI:RfQwlg.ARl:9;Rlwdn'#^XafaQa1X1TaHTa)@b[{zcZ#X'7RkwWg@Ou4ARn&x)kG#{,g7u/RkGdH'U#Y*Vz'Wm&CARm|bx#(A]gUbUzJj9Q~=d,#Y(56H}l978H{U7d,0#U*2>ABb_xZ978BbU{e~AJQ{g!978BbU{hxMh?ad{oUYZ.x1h?{l!#:2<H{mx3n[t{vl!,&a%3Ro(z=iS}6ARnr=Bwsn^wvn`Rnbd`*T}B0!#^X'BG{c9b]{a>>@=be}F?JvS!&BG{d7BG}(Bde#`a1X,Ya@!a'P~=wxf@2bZ}I56B2@@=aybb}08@55B9;5bb}<j3vLv;<Jw3&!>Rfg=ayb^}&OuNBKuLA!)a!P~=x#fD{f2@>==<bbzl?C972@@=Ix^d6rSu,v7w*C(0a)a6#B+a%!sQ[y?3Dt%3[xn~<5rLOu!5p@Ku+D#'!t7~GrP~?rNKvlaya7'!h+v-5qMg=t|cd,U#5AAaa5Abb{S@52B5@a[@52B5Gx[iXueu;d<#`a(!/549C;ag>23ExY5@Dah89b^~689Jv)!~2b[~1Lv'w(%*!a#bX|aPrmawRe]keu7uhv-q6rxu,q`xTo]/a5aU!bNaDXbi!b-!ao!b<bwA!#5@B932:aV2G|:d-)Y#hJrL>RhG<7@C5<H|_=Cau:5aj5@B932:bJ|ng>vIbs)#?C2F|9jPv0w.vISh-MKvUaz(.!9ABbb|[5;5<H|Eg>unwfh;9:4E|YjQsBt|vjx'hYq3!(?C2F|J:2<BaY?C2F|GOu!5x,g|p{ah!-(?C2F|c9:4E|OjXuvvNr}:Rh&i[w*t|cd+U#jJvsu)vsSn~Mkfrmu9p}u7vwv]So!McW#Xa!ax5@A5aY:5;5<H|>kJv~vYrquJu3x4ib#T)2@SmZM?C2F|Bj:rmu9@xPhI(a*a#U#`a3-5Abb|L~@:RhK9:4E|0@52B5G|#C::aY?C2F|-:2<BaY?C2F|.5Jvk!a)javYrquJu3x4ia#T)2@SmYM?C2F|HAxPhH(!a#U#`a*-5Abb|4~@:RhJ9:4E|R@52B5G|F:2<BaY?C2F|Sc^#Xa2j=Qq5CJvB!-g<v{z;hhM?C2F|Zi[vrv{z;hiM?C2F|XKsA>!a)-g<v{z;h[eb?C2F|]i[vrv{z;h]eb?C2F|^iZu.vix,hZq3ah!.(?C2F|QOu!5ShXM:2<BaY?C2F|P", 13494, 2713, 49, 25, 61);

// node_modules/entities/dist/generated/decode-data-xml.js
var xmlDecodeTree = /* @__PURE__ */ new Uint16Array([
  512,
  26465,
  29036,
  7,
  0,
  2,
  4,
  116,
  24638,
  116,
  24636,
  8693,
  29807,
  24610,
  621,
  1,
  0,
  0,
  3,
  112,
  24614,
  111,
  115,
  24615
]);

// node_modules/entities/dist/internal/bin-trie-flags.js
var BinTrieFlags;
(function(BinTrieFlags2) {
  BinTrieFlags2[BinTrieFlags2["VALUE_LENGTH"] = 49152] = "VALUE_LENGTH";
  BinTrieFlags2[BinTrieFlags2["FLAG13"] = 8192] = "FLAG13";
  BinTrieFlags2[BinTrieFlags2["BRANCH_LENGTH"] = 8064] = "BRANCH_LENGTH";
  BinTrieFlags2[BinTrieFlags2["JUMP_TABLE"] = 127] = "JUMP_TABLE";
  BinTrieFlags2[BinTrieFlags2["VALUE_MASK"] = 8191] = "VALUE_MASK";
})(BinTrieFlags || (BinTrieFlags = {}));

// node_modules/entities/dist/decode.js
var CharCodes;
(function(CharCodes3) {
  CharCodes3[CharCodes3["AMP"] = 38] = "AMP";
  CharCodes3[CharCodes3["NUM"] = 35] = "NUM";
  CharCodes3[CharCodes3["SEMI"] = 59] = "SEMI";
  CharCodes3[CharCodes3["EQUALS"] = 61] = "EQUALS";
  CharCodes3[CharCodes3["ZERO"] = 48] = "ZERO";
  CharCodes3[CharCodes3["NINE"] = 57] = "NINE";
  CharCodes3[CharCodes3["LOWER_A"] = 97] = "LOWER_A";
  CharCodes3[CharCodes3["LOWER_X"] = 120] = "LOWER_X";
})(CharCodes || (CharCodes = {}));
var TO_LOWER_BIT = 32;
function isNumber(code) {
  return code - CharCodes.ZERO >>> 0 <= 9;
}
function isHexadecimalCharacter(code) {
  return (code | TO_LOWER_BIT) - CharCodes.LOWER_A >>> 0 <= 5;
}
function isAlpha(code) {
  return (code | TO_LOWER_BIT) - CharCodes.LOWER_A >>> 0 <= 25;
}
function isEntityInAttributeInvalidEnd(code) {
  return code === CharCodes.EQUALS || isAlpha(code) || isNumber(code);
}
var EntityDecoderState;
(function(EntityDecoderState2) {
  EntityDecoderState2[EntityDecoderState2["EntityStart"] = 0] = "EntityStart";
  EntityDecoderState2[EntityDecoderState2["NumericStart"] = 1] = "NumericStart";
  EntityDecoderState2[EntityDecoderState2["NumericDecimal"] = 2] = "NumericDecimal";
  EntityDecoderState2[EntityDecoderState2["NumericHex"] = 3] = "NumericHex";
  EntityDecoderState2[EntityDecoderState2["NamedEntity"] = 4] = "NamedEntity";
})(EntityDecoderState || (EntityDecoderState = {}));
var DecodingMode;
(function(DecodingMode2) {
  DecodingMode2[DecodingMode2["Legacy"] = 0] = "Legacy";
  DecodingMode2[DecodingMode2["Strict"] = 1] = "Strict";
  DecodingMode2[DecodingMode2["Attribute"] = 2] = "Attribute";
})(DecodingMode || (DecodingMode = {}));
var EntityDecoder = class {
  decodeTree;
  emitCodePoint;
  errors;
  /** The current state of the decoder. */
  state = EntityDecoderState.EntityStart;
  /** Characters that were consumed while parsing an entity. */
  consumed = 1;
  /**
   * The result of the entity.
   *
   * For named entities: the trie index of the best legacy match so far
   * (0 = none). For numeric entities: the accumulated code point.
   */
  result = 0;
  /** The current index in the decode tree. */
  treeIndex = 0;
  /**
   * Characters consumed since the last recorded legacy match, plus one.
   * Invariant at the top of the `stateNamedEntity` loop: `excess` equals
   * the number of unrecorded consumed characters + 1.
   */
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: False positive (read via destructuring)
  excess = 1;
  /** The mode in which the decoder is operating. */
  decodeMode = DecodingMode.Strict;
  /** The number of characters that have been consumed in the current run. */
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: False positive
  runConsumed = 0;
  constructor(decodeTree, emitCodePoint, errors) {
    this.decodeTree = decodeTree;
    this.emitCodePoint = emitCodePoint;
    this.errors = errors;
  }
  /**
   * Resets the instance to make it reusable.
   * @param decodeMode Entity decoding mode to use.
   */
  startEntity(decodeMode) {
    this.decodeMode = decodeMode;
    this.state = EntityDecoderState.EntityStart;
    this.result = 0;
    this.treeIndex = 0;
    this.excess = 1;
    this.consumed = 1;
    this.runConsumed = 0;
  }
  /**
   * Write an entity to the decoder. This can be called multiple times with partial entities.
   * If the entity is incomplete, the decoder will return -1.
   *
   * Mirrors the non-streaming `decodeWithTrie`, but with the ability to stop decoding if the
   * entity is incomplete, and resume when the next string is written.
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The offset at which the entity begins. Should be 0 if this is not the first call.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  write(input2, offset) {
    switch (this.state) {
      case EntityDecoderState.EntityStart: {
        if (input2.charCodeAt(offset) === CharCodes.NUM) {
          this.state = EntityDecoderState.NumericStart;
          this.consumed += 1;
          return this.stateNumericStart(input2, offset + 1);
        }
        this.state = EntityDecoderState.NamedEntity;
        return this.stateNamedEntity(input2, offset);
      }
      case EntityDecoderState.NumericStart: {
        return this.stateNumericStart(input2, offset);
      }
      case EntityDecoderState.NumericDecimal: {
        return this.stateNumericDecimal(input2, offset);
      }
      case EntityDecoderState.NumericHex: {
        return this.stateNumericHex(input2, offset);
      }
      default: {
        return this.stateNamedEntity(input2, offset);
      }
    }
  }
  /**
   * Switches between the numeric decimal and hexadecimal states.
   *
   * Equivalent to the `Numeric character reference state` in the HTML spec.
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  // eslint-disable-next-line unicorn/consistent-class-member-order
  stateNumericStart(input2, offset) {
    if (offset >= input2.length) {
      return -1;
    }
    if ((input2.charCodeAt(offset) | TO_LOWER_BIT) === CharCodes.LOWER_X) {
      this.state = EntityDecoderState.NumericHex;
      this.consumed += 1;
      return this.stateNumericHex(input2, offset + 1);
    }
    this.state = EntityDecoderState.NumericDecimal;
    return this.stateNumericDecimal(input2, offset);
  }
  /**
   * Parses a hexadecimal numeric entity.
   *
   * Equivalent to the `Hexademical character reference state` in the HTML
   * spec. Digit parsing matches the hex loop in `parseNumericEntity`.
   * The accumulated value is preserved for numeric validation callbacks.
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericHex(input2, offset) {
    const inputLength = input2.length;
    let { result } = this;
    let { consumed: consumed2 } = this;
    while (offset < inputLength) {
      const char = input2.charCodeAt(offset);
      if (isNumber(char) || isHexadecimalCharacter(char)) {
        const digit = char <= CharCodes.NINE ? char - CharCodes.ZERO : (char | TO_LOWER_BIT) - CharCodes.LOWER_A + 10;
        result = result * 16 + digit;
        consumed2 += 1;
        offset += 1;
      } else {
        this.result = result;
        this.consumed = consumed2;
        return this.emitNumericEntity(char, 3);
      }
    }
    this.result = result;
    this.consumed = consumed2;
    return -1;
  }
  /**
   * Parses a decimal numeric entity.
   *
   * Equivalent to the `Decimal character reference state` in the HTML
   * spec. Digit parsing matches the decimal loop in `parseNumericEntity`.
   * The accumulated value is preserved for numeric validation callbacks.
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericDecimal(input2, offset) {
    const inputLength = input2.length;
    let { result } = this;
    let { consumed: consumed2 } = this;
    while (offset < inputLength) {
      const digit = input2.charCodeAt(offset) - CharCodes.ZERO;
      if (digit >>> 0 > 9) {
        this.result = result;
        this.consumed = consumed2;
        return this.emitNumericEntity(digit + CharCodes.ZERO, 2);
      }
      result = result * 10 + digit;
      consumed2 += 1;
      offset += 1;
    }
    this.result = result;
    this.consumed = consumed2;
    return -1;
  }
  /**
   * Validate and emit a numeric entity.
   *
   * Implements the logic from the `Hexademical character reference start
   * state` and `Numeric character reference end state` in the HTML spec.
   * @param lastCp The last code point of the entity. Used to see if the
   *               entity was terminated with a semicolon.
   * @param expectedLength The minimum number of characters that should be
   *                       consumed. Used to validate that at least one digit
   *                       was consumed.
   * @returns The number of characters that were consumed.
   */
  emitNumericEntity(lastCp, expectedLength) {
    if (this.consumed <= expectedLength) {
      this.errors?.absenceOfDigitsInNumericCharacterReference(this.consumed);
      return 0;
    }
    if (lastCp === CharCodes.SEMI) {
      this.consumed += 1;
    } else if (this.decodeMode === DecodingMode.Strict) {
      return 0;
    }
    this.emitCodePoint((this.decodeTree === xmlDecodeTree ? replaceCodePointXML : replaceCodePoint)(this.result), this.consumed);
    if (this.errors) {
      if (lastCp !== CharCodes.SEMI) {
        this.errors.missingSemicolonAfterCharacterReference();
      }
      this.errors.validateNumericCharacterReference(this.result);
    }
    return this.consumed;
  }
  /**
   * Flush locally-tracked walk state back to the fields, then emit the
   * recorded legacy match or reject (cold path — at most once per
   * entity). Called after failed navigation (leaf node, branch miss, or
   * compact-run mismatch). In attribute mode, reject if no legacy was
   * recorded at the current node, if we descended past it, or if the
   * pending input character is an invalid attribute terminator.
   * @param consumed Locally-tracked consumed count.
   * @param excess Locally-tracked excess count.
   * @param char Pending input character (may be the mismatching char).
   * @param valueLength Value length at the current trie node.
   */
  flushAndEmitLegacyOrReject(consumed2, excess, char, valueLength) {
    this.consumed = consumed2;
    this.excess = excess;
    return this.result === 0 || this.decodeMode === DecodingMode.Attribute && (valueLength === 0 || excess > 1 || isEntityInAttributeInvalidEnd(char)) ? 0 : this.emitNotTerminatedNamedEntity();
  }
  /**
   * Parses a named entity.
   *
   * Equivalent to the `Named character reference state` in the HTML spec.
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNamedEntity(input2, offset) {
    const { decodeTree } = this;
    const inputLength = input2.length;
    const isStrict = this.decodeMode === DecodingMode.Strict;
    let { treeIndex } = this;
    let { excess } = this;
    let { consumed: consumed2 } = this;
    let current = decodeTree[treeIndex];
    while (offset < inputLength) {
      while ((current & (BinTrieFlags.VALUE_LENGTH | BinTrieFlags.FLAG13)) === 0 && (current & BinTrieFlags.JUMP_TABLE) !== 0) {
        const char2 = input2.charCodeAt(offset);
        const jumpOffset = current & BinTrieFlags.JUMP_TABLE;
        const branchCount = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
        if (branchCount === 0) {
          if (char2 !== jumpOffset) {
            return this.flushAndEmitLegacyOrReject(consumed2, excess, char2, 0);
          }
          treeIndex += 1;
        } else {
          const slot = char2 - jumpOffset;
          if (slot >>> 0 >= branchCount) {
            return this.flushAndEmitLegacyOrReject(consumed2, excess, char2, 0);
          }
          const stored = decodeTree[treeIndex + 1 + slot];
          if (stored === 0) {
            return this.flushAndEmitLegacyOrReject(consumed2, excess, char2, 0);
          }
          treeIndex = treeIndex + branchCount + stored & 65535;
        }
        current = decodeTree[treeIndex];
        offset += 1;
        excess += 1;
        if (offset >= inputLength)
          break;
      }
      if (offset >= inputLength)
        break;
      if ((current & (BinTrieFlags.VALUE_LENGTH | BinTrieFlags.FLAG13)) === BinTrieFlags.FLAG13) {
        const runLength = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
        let { runConsumed } = this;
        if (runConsumed === 0) {
          const char2 = input2.charCodeAt(offset);
          if (char2 !== (current & BinTrieFlags.JUMP_TABLE)) {
            return this.flushAndEmitLegacyOrReject(consumed2, excess, char2, 0);
          }
          offset += 1;
          excess += 1;
          runConsumed = 1;
        }
        while (runConsumed < runLength) {
          if (offset >= inputLength) {
            this.treeIndex = treeIndex;
            this.excess = excess;
            this.consumed = consumed2;
            this.runConsumed = runConsumed;
            return -1;
          }
          const charIndexInPacked = runConsumed - 1;
          const packedWord = decodeTree[treeIndex + 1 + (charIndexInPacked >> 1)];
          const expectedChar = packedWord >> ((charIndexInPacked & 1) << 3) & 255;
          const char2 = input2.charCodeAt(offset);
          if (char2 !== expectedChar) {
            this.runConsumed = 0;
            return this.flushAndEmitLegacyOrReject(consumed2, excess, char2, 0);
          }
          offset += 1;
          excess += 1;
          runConsumed += 1;
        }
        this.runConsumed = 0;
        treeIndex += 1 + (runLength >> 1);
        current = decodeTree[treeIndex];
        continue;
      }
      const valueLength = current >>> 14;
      const char = input2.charCodeAt(offset);
      if (valueLength !== 0) {
        if (!isStrict && (current & BinTrieFlags.FLAG13) === 0) {
          this.result = treeIndex;
          consumed2 += excess - 1;
          excess = 1;
        }
        if (char === CharCodes.SEMI) {
          return this.emitNamedEntityData(treeIndex, valueLength, consumed2 + excess);
        }
        if (valueLength === 1) {
          return this.flushAndEmitLegacyOrReject(consumed2, excess, char, valueLength);
        }
      }
      const next = determineBranch(decodeTree, current, treeIndex + (valueLength || 1), char);
      if (next < 0) {
        return this.flushAndEmitLegacyOrReject(consumed2, excess, char, valueLength);
      }
      treeIndex = next;
      current = decodeTree[treeIndex];
      offset += 1;
      excess += 1;
    }
    if (!isStrict && current >>> 14 !== 0 && (current & BinTrieFlags.FLAG13) === 0) {
      this.result = treeIndex;
      consumed2 += excess - 1;
      excess = 1;
    }
    this.treeIndex = treeIndex;
    this.excess = excess;
    this.consumed = consumed2;
    return -1;
  }
  /**
   * Emit a named entity that was not terminated with a semicolon.
   * @returns The number of characters consumed.
   */
  emitNotTerminatedNamedEntity() {
    const { result, decodeTree } = this;
    const valueLength = decodeTree[result] >>> 14;
    this.emitNamedEntityData(result, valueLength, this.consumed);
    this.errors?.missingSemicolonAfterCharacterReference();
    return this.consumed;
  }
  /**
   * Emit a named entity.
   * @param result The index of the entity in the decode tree.
   * @param valueLength Encoded value length (header plus any value words).
   * @param consumed The number of characters consumed.
   * @returns The number of characters consumed.
   */
  emitNamedEntityData(result, valueLength, consumed2) {
    const { decodeTree } = this;
    this.emitCodePoint(valueLength === 1 ? decodeTree[result] & BinTrieFlags.VALUE_MASK : decodeTree[result + 1], consumed2);
    if (valueLength === 3) {
      this.emitCodePoint(decodeTree[result + 2], consumed2);
    }
    return consumed2;
  }
  /**
   * Signal to the parser that the end of the input was reached.
   *
   * Remaining data will be emitted and relevant errors will be produced.
   * @returns The number of characters consumed.
   */
  end() {
    switch (this.state) {
      case EntityDecoderState.NamedEntity: {
        return this.result !== 0 && (this.decodeMode !== DecodingMode.Attribute || this.result === this.treeIndex) ? this.emitNotTerminatedNamedEntity() : 0;
      }
      // Otherwise, emit a numeric entity if we have one.
      case EntityDecoderState.NumericDecimal: {
        return this.emitNumericEntity(0, 2);
      }
      case EntityDecoderState.NumericHex: {
        return this.emitNumericEntity(0, 3);
      }
      case EntityDecoderState.NumericStart: {
        this.errors?.absenceOfDigitsInNumericCharacterReference(this.consumed);
        return 0;
      }
      default: {
        return 0;
      }
    }
  }
};
function determineBranch(decodeTree, current, nodeIndex, char) {
  const branchCount = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
  const jumpOffset = current & BinTrieFlags.JUMP_TABLE;
  if (jumpOffset) {
    if (branchCount === 0) {
      return char === jumpOffset ? nodeIndex : -1;
    }
    const slot = char - jumpOffset;
    if (slot >>> 0 >= branchCount)
      return -1;
    const stored = decodeTree[nodeIndex + slot];
    return stored === 0 ? -1 : nodeIndex + branchCount + stored - 1 & 65535;
  }
  if (branchCount === 0)
    return -1;
  const packedKeySlots = branchCount + 1 >> 1;
  const branchEnd = nodeIndex + packedKeySlots + branchCount;
  for (let index = 0; index < branchCount; index++) {
    const packed = decodeTree[nodeIndex + (index >> 1)];
    const key = packed >> ((index & 1) << 3) & 255;
    if (key === char) {
      const pointerIndex = nodeIndex + packedKeySlots + index;
      return branchEnd + decodeTree[pointerIndex] & 65535;
    }
    if (key > char)
      return -1;
  }
  return -1;
}

// node_modules/htmlparser2/dist/Tokenizer.js
var CharCodes2;
(function(CharCodes3) {
  CharCodes3[CharCodes3["Tab"] = 9] = "Tab";
  CharCodes3[CharCodes3["NewLine"] = 10] = "NewLine";
  CharCodes3[CharCodes3["FormFeed"] = 12] = "FormFeed";
  CharCodes3[CharCodes3["CarriageReturn"] = 13] = "CarriageReturn";
  CharCodes3[CharCodes3["Space"] = 32] = "Space";
  CharCodes3[CharCodes3["ExclamationMark"] = 33] = "ExclamationMark";
  CharCodes3[CharCodes3["Number"] = 35] = "Number";
  CharCodes3[CharCodes3["Amp"] = 38] = "Amp";
  CharCodes3[CharCodes3["SingleQuote"] = 39] = "SingleQuote";
  CharCodes3[CharCodes3["DoubleQuote"] = 34] = "DoubleQuote";
  CharCodes3[CharCodes3["Dash"] = 45] = "Dash";
  CharCodes3[CharCodes3["Slash"] = 47] = "Slash";
  CharCodes3[CharCodes3["Zero"] = 48] = "Zero";
  CharCodes3[CharCodes3["Nine"] = 57] = "Nine";
  CharCodes3[CharCodes3["Semi"] = 59] = "Semi";
  CharCodes3[CharCodes3["Lt"] = 60] = "Lt";
  CharCodes3[CharCodes3["Eq"] = 61] = "Eq";
  CharCodes3[CharCodes3["Gt"] = 62] = "Gt";
  CharCodes3[CharCodes3["Questionmark"] = 63] = "Questionmark";
  CharCodes3[CharCodes3["UpperA"] = 65] = "UpperA";
  CharCodes3[CharCodes3["LowerA"] = 97] = "LowerA";
  CharCodes3[CharCodes3["UpperF"] = 70] = "UpperF";
  CharCodes3[CharCodes3["LowerF"] = 102] = "LowerF";
  CharCodes3[CharCodes3["UpperZ"] = 90] = "UpperZ";
  CharCodes3[CharCodes3["LowerZ"] = 122] = "LowerZ";
  CharCodes3[CharCodes3["LowerX"] = 120] = "LowerX";
  CharCodes3[CharCodes3["OpeningSquareBracket"] = 91] = "OpeningSquareBracket";
})(CharCodes2 || (CharCodes2 = {}));
var State;
(function(State2) {
  State2[State2["Text"] = 1] = "Text";
  State2[State2["BeforeTagName"] = 2] = "BeforeTagName";
  State2[State2["InTagName"] = 3] = "InTagName";
  State2[State2["InSelfClosingTag"] = 4] = "InSelfClosingTag";
  State2[State2["BeforeClosingTagName"] = 5] = "BeforeClosingTagName";
  State2[State2["InClosingTagName"] = 6] = "InClosingTagName";
  State2[State2["AfterClosingTagName"] = 7] = "AfterClosingTagName";
  State2[State2["BeforeAttributeName"] = 8] = "BeforeAttributeName";
  State2[State2["InAttributeName"] = 9] = "InAttributeName";
  State2[State2["AfterAttributeName"] = 10] = "AfterAttributeName";
  State2[State2["BeforeAttributeValue"] = 11] = "BeforeAttributeValue";
  State2[State2["InAttributeValueDq"] = 12] = "InAttributeValueDq";
  State2[State2["InAttributeValueSq"] = 13] = "InAttributeValueSq";
  State2[State2["InAttributeValueNq"] = 14] = "InAttributeValueNq";
  State2[State2["BeforeDeclaration"] = 15] = "BeforeDeclaration";
  State2[State2["InDeclaration"] = 16] = "InDeclaration";
  State2[State2["InProcessingInstruction"] = 17] = "InProcessingInstruction";
  State2[State2["BeforeComment"] = 18] = "BeforeComment";
  State2[State2["CDATASequence"] = 19] = "CDATASequence";
  State2[State2["DeclarationSequence"] = 20] = "DeclarationSequence";
  State2[State2["InSpecialComment"] = 21] = "InSpecialComment";
  State2[State2["InCommentLike"] = 22] = "InCommentLike";
  State2[State2["SpecialStartSequence"] = 23] = "SpecialStartSequence";
  State2[State2["InSpecialTag"] = 24] = "InSpecialTag";
  State2[State2["InPlainText"] = 25] = "InPlainText";
  State2[State2["InEntity"] = 26] = "InEntity";
})(State || (State = {}));
function isWhitespace(c) {
  return c === CharCodes2.Space || c === CharCodes2.NewLine || c === CharCodes2.Tab || c === CharCodes2.FormFeed || c === CharCodes2.CarriageReturn;
}
function isEndOfTagSection(c) {
  return c === CharCodes2.Slash || c === CharCodes2.Gt || isWhitespace(c);
}
function isASCIIAlpha(c) {
  return c >= CharCodes2.LowerA && c <= CharCodes2.LowerZ || c >= CharCodes2.UpperA && c <= CharCodes2.UpperZ;
}
var QuoteType;
(function(QuoteType2) {
  QuoteType2[QuoteType2["NoValue"] = 0] = "NoValue";
  QuoteType2[QuoteType2["Unquoted"] = 1] = "Unquoted";
  QuoteType2[QuoteType2["Single"] = 2] = "Single";
  QuoteType2[QuoteType2["Double"] = 3] = "Double";
})(QuoteType || (QuoteType = {}));
var Sequences = {
  Empty: new Uint8Array(0),
  Cdata: new Uint8Array([67, 68, 65, 84, 65, 91]),
  // CDATA[
  CdataEnd: new Uint8Array([93, 93, 62]),
  // ]]>
  CommentEnd: new Uint8Array([45, 45, 33, 62]),
  // `--!>`
  Doctype: new Uint8Array([100, 111, 99, 116, 121, 112, 101]),
  // `doctype`
  IframeEnd: new Uint8Array([60, 47, 105, 102, 114, 97, 109, 101]),
  // `</iframe`
  NoembedEnd: new Uint8Array([
    60,
    47,
    110,
    111,
    101,
    109,
    98,
    101,
    100
  ]),
  // `</noembed`
  NoframesEnd: new Uint8Array([
    60,
    47,
    110,
    111,
    102,
    114,
    97,
    109,
    101,
    115
  ]),
  // `</noframes`
  Plaintext: new Uint8Array([
    60,
    47,
    112,
    108,
    97,
    105,
    110,
    116,
    101,
    120,
    116
  ]),
  // `</plaintext`
  ScriptEnd: new Uint8Array([60, 47, 115, 99, 114, 105, 112, 116]),
  // `</script`
  StyleEnd: new Uint8Array([60, 47, 115, 116, 121, 108, 101]),
  // `</style`
  TitleEnd: new Uint8Array([60, 47, 116, 105, 116, 108, 101]),
  // `</title`
  TextareaEnd: new Uint8Array([
    60,
    47,
    116,
    101,
    120,
    116,
    97,
    114,
    101,
    97
  ]),
  // `</textarea`
  XmpEnd: new Uint8Array([60, 47, 120, 109, 112])
  // `</xmp`
};
var specialStartSequences = /* @__PURE__ */ new Map([
  [Sequences.IframeEnd[2], Sequences.IframeEnd],
  [Sequences.NoembedEnd[2], Sequences.NoembedEnd],
  [Sequences.Plaintext[2], Sequences.Plaintext],
  [Sequences.ScriptEnd[2], Sequences.ScriptEnd],
  [Sequences.TitleEnd[2], Sequences.TitleEnd],
  [Sequences.XmpEnd[2], Sequences.XmpEnd]
]);
var Tokenizer = class {
  cbs;
  /** The current state the tokenizer is in. */
  state = State.Text;
  /** The read buffer. */
  buffer = "";
  /** The beginning of the section that is currently being read. */
  sectionStart = 0;
  /** The index within the buffer that we are currently looking at. */
  index = 0;
  /** The start of the last entity. */
  entityStart = 0;
  /** Some behavior, eg. when decoding entities, is done while we are in another state. This keeps track of the other state type. */
  baseState = State.Text;
  /** For special parsing behavior inside of script and style tags. */
  isSpecial = false;
  /** Indicates whether the tokenizer has been paused. */
  running = true;
  /** The offset of the current buffer. */
  offset = 0;
  xmlMode;
  decodeEntities;
  recognizeSelfClosing;
  entityDecoder;
  constructor({ xmlMode = false, decodeEntities = true, recognizeSelfClosing = xmlMode }, cbs) {
    this.cbs = cbs;
    this.xmlMode = xmlMode;
    this.decodeEntities = decodeEntities;
    this.recognizeSelfClosing = recognizeSelfClosing;
    this.entityDecoder = new EntityDecoder(xmlMode ? xmlDecodeTree : htmlDecodeTree, (cp, consumed2) => this.emitCodePoint(cp, consumed2));
  }
  reset() {
    this.state = State.Text;
    this.buffer = "";
    this.sectionStart = 0;
    this.index = 0;
    this.baseState = State.Text;
    this.isSpecial = false;
    this.currentSequence = Sequences.Empty;
    this.sequenceIndex = 0;
    this.running = true;
    this.offset = 0;
  }
  write(chunk) {
    this.offset += this.buffer.length;
    this.buffer = chunk;
    this.parse();
  }
  end() {
    if (this.running)
      this.finish();
  }
  pause() {
    this.running = false;
  }
  resume() {
    this.running = true;
    if (this.index < this.buffer.length + this.offset) {
      this.parse();
    }
  }
  stateText(c) {
    if (c === CharCodes2.Lt || !this.decodeEntities && this.fastForwardTo(CharCodes2.Lt)) {
      if (this.index > this.sectionStart) {
        this.cbs.ontext(this.sectionStart, this.index);
      }
      this.state = State.BeforeTagName;
      this.sectionStart = this.index;
    } else if (this.decodeEntities && c === CharCodes2.Amp) {
      this.startEntity();
    }
  }
  currentSequence = Sequences.Empty;
  sequenceIndex = 0;
  enterTagBody() {
    if (this.currentSequence === Sequences.Plaintext) {
      this.currentSequence = Sequences.Empty;
      this.state = State.InPlainText;
    } else if (this.isSpecial) {
      this.state = State.InSpecialTag;
      this.sequenceIndex = 0;
    } else {
      this.state = State.Text;
    }
  }
  /**
   * Match the opening tag name against an HTML text-only tag sequence.
   *
   * Some tags share an initial prefix (`script`/`style`, `title`/`textarea`,
   * `noembed`/`noframes`), so we may switch to an alternate sequence at the
   * first distinguishing byte.  On a successful full match we fall back to
   * the normal tag-name state; a later `>` will enter raw-text, RCDATA, or
   * plaintext mode based on `currentSequence` / `isSpecial`.
   * @param c Current character code point.
   */
  stateSpecialStartSequence(c) {
    const lower = c | 32;
    if (this.sequenceIndex < this.currentSequence.length) {
      if (lower === this.currentSequence[this.sequenceIndex]) {
        this.sequenceIndex++;
        return;
      }
      if (this.sequenceIndex === 3) {
        if (this.currentSequence === Sequences.ScriptEnd && lower === Sequences.StyleEnd[3]) {
          this.currentSequence = Sequences.StyleEnd;
          this.sequenceIndex = 4;
          return;
        }
        if (this.currentSequence === Sequences.TitleEnd && lower === Sequences.TextareaEnd[3]) {
          this.currentSequence = Sequences.TextareaEnd;
          this.sequenceIndex = 4;
          return;
        }
      } else if (this.sequenceIndex === 4 && this.currentSequence === Sequences.NoembedEnd && lower === Sequences.NoframesEnd[4]) {
        this.currentSequence = Sequences.NoframesEnd;
        this.sequenceIndex = 5;
        return;
      }
    } else if (isEndOfTagSection(c)) {
      this.sequenceIndex = 0;
      this.state = State.InTagName;
      this.stateInTagName(c);
      return;
    }
    this.isSpecial = false;
    this.currentSequence = Sequences.Empty;
    this.sequenceIndex = 0;
    this.state = State.InTagName;
    this.stateInTagName(c);
  }
  stateCDATASequence(c) {
    if (c === Sequences.Cdata[this.sequenceIndex]) {
      if (++this.sequenceIndex === Sequences.Cdata.length) {
        this.state = State.InCommentLike;
        this.currentSequence = Sequences.CdataEnd;
        this.sequenceIndex = 0;
        this.sectionStart = this.index + 1;
      }
    } else {
      this.sequenceIndex = 0;
      if (this.xmlMode) {
        this.state = State.InDeclaration;
        this.stateInDeclaration(c);
      } else {
        this.state = State.InSpecialComment;
        this.stateInSpecialComment(c);
      }
    }
  }
  /**
   * When we wait for one specific character, we can speed things up
   * by skipping through the buffer until we find it.
   * @param c Current character code point.
   * @returns Whether the character was found.
   */
  fastForwardTo(c) {
    while (++this.index < this.buffer.length + this.offset) {
      if (this.buffer.charCodeAt(this.index - this.offset) === c) {
        return true;
      }
    }
    this.index = this.buffer.length + this.offset - 1;
    return false;
  }
  /**
   * Emit a comment token and return to the text state.
   * @param offset Number of characters in the end sequence that have already been matched.
   */
  emitComment(offset) {
    this.cbs.oncomment(this.sectionStart, this.index, offset);
    this.sequenceIndex = 0;
    this.sectionStart = this.index + 1;
    this.state = State.Text;
  }
  /**
   * Comments and CDATA end with `-->` and `]]>`.
   *
   * Their common qualities are:
   * - Their end sequences have a distinct character they start with.
   * - That character is then repeated, so we have to check multiple repeats.
   * - All characters but the start character of the sequence can be skipped.
   * @param c Current character code point.
   */
  stateInCommentLike(c) {
    if (!this.xmlMode && this.currentSequence === Sequences.CommentEnd && this.sequenceIndex <= 1 && /*
     * We're still at the very start of the comment: the only
     * characters consumed since `<!--` are the dashes that
     * advanced sequenceIndex (0 for `<!-->`, 1 for `<!--->`).
     */
    this.index === this.sectionStart + this.sequenceIndex && c === CharCodes2.Gt) {
      this.emitComment(this.sequenceIndex);
    } else if (this.currentSequence === Sequences.CommentEnd && this.sequenceIndex === 2 && c === CharCodes2.Gt) {
      this.emitComment(2);
    } else if (this.currentSequence === Sequences.CommentEnd && this.sequenceIndex === this.currentSequence.length - 1 && c !== CharCodes2.Gt) {
      this.sequenceIndex = Number(c === CharCodes2.Dash);
    } else if (c === this.currentSequence[this.sequenceIndex]) {
      if (++this.sequenceIndex === this.currentSequence.length) {
        if (this.currentSequence === Sequences.CdataEnd) {
          this.cbs.oncdata(this.sectionStart, this.index, 2);
        } else {
          this.cbs.oncomment(this.sectionStart, this.index, 3);
        }
        this.sequenceIndex = 0;
        this.sectionStart = this.index + 1;
        this.state = State.Text;
      }
    } else if (this.sequenceIndex === 0) {
      if (this.fastForwardTo(this.currentSequence[0])) {
        this.sequenceIndex = 1;
      }
    } else if (c !== this.currentSequence[this.sequenceIndex - 1]) {
      this.sequenceIndex = 0;
    }
  }
  /**
   * HTML only allows ASCII alpha characters (a-z and A-Z) at the beginning of a tag name.
   *
   * XML allows a lot more characters here (@see https://www.w3.org/TR/REC-xml/#NT-NameStartChar).
   * We allow anything that wouldn't end the tag.
   * @param c Current character code point.
   */
  isTagStartChar(c) {
    return this.xmlMode ? !isEndOfTagSection(c) : isASCIIAlpha(c);
  }
  /**
   * Scan raw-text / RCDATA content for the matching end tag.
   *
   * For RCDATA tags (`<title>`, `<textarea>`) entities are decoded inline.
   * For raw-text tags (`<script>`, `<style>`, etc.) we fast-forward to `<`.
   * @param c Current character code point.
   */
  stateInSpecialTag(c) {
    if (this.sequenceIndex === this.currentSequence.length) {
      if (isEndOfTagSection(c)) {
        const endOfText = this.index - this.currentSequence.length;
        if (this.sectionStart < endOfText) {
          const actualIndex = this.index;
          this.index = endOfText;
          this.cbs.ontext(this.sectionStart, endOfText);
          this.index = actualIndex;
        }
        this.isSpecial = false;
        this.sectionStart = endOfText + 2;
        this.stateInClosingTagName(c);
        return;
      }
      this.sequenceIndex = 0;
    }
    if ((c | 32) === this.currentSequence[this.sequenceIndex]) {
      this.sequenceIndex += 1;
    } else if (this.sequenceIndex === 0) {
      if (this.currentSequence === Sequences.TitleEnd || this.currentSequence === Sequences.TextareaEnd) {
        if (this.decodeEntities && c === CharCodes2.Amp) {
          this.startEntity();
        }
      } else if (this.fastForwardTo(CharCodes2.Lt)) {
        this.sequenceIndex = 1;
      }
    } else {
      this.sequenceIndex = Number(c === CharCodes2.Lt);
    }
  }
  stateBeforeTagName(c) {
    if (c === CharCodes2.ExclamationMark) {
      this.state = State.BeforeDeclaration;
      this.sectionStart = this.index + 1;
    } else if (c === CharCodes2.Questionmark) {
      if (this.xmlMode) {
        this.state = State.InProcessingInstruction;
        this.sequenceIndex = 0;
        this.sectionStart = this.index + 1;
      } else {
        this.state = State.InSpecialComment;
        this.sectionStart = this.index;
      }
    } else if (this.isTagStartChar(c)) {
      this.sectionStart = this.index;
      const special = this.xmlMode || this.cbs.isInForeignContext?.() ? void 0 : specialStartSequences.get(c | 32);
      if (special === void 0) {
        this.state = State.InTagName;
      } else {
        this.isSpecial = true;
        this.currentSequence = special;
        this.sequenceIndex = 3;
        this.state = State.SpecialStartSequence;
      }
    } else if (c === CharCodes2.Slash) {
      this.state = State.BeforeClosingTagName;
    } else {
      this.state = State.Text;
      this.stateText(c);
    }
  }
  stateInTagName(c) {
    if (isEndOfTagSection(c)) {
      this.cbs.onopentagname(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    }
  }
  stateBeforeClosingTagName(c) {
    if (isWhitespace(c)) {
      if (this.xmlMode) {
      } else {
        this.state = State.InSpecialComment;
        this.sectionStart = this.index;
      }
    } else if (c === CharCodes2.Gt) {
      this.state = State.Text;
      if (!this.xmlMode) {
        this.sectionStart = this.index + 1;
      }
    } else {
      this.state = this.isTagStartChar(c) ? State.InClosingTagName : State.InSpecialComment;
      this.sectionStart = this.index;
    }
  }
  stateInClosingTagName(c) {
    if (isEndOfTagSection(c)) {
      this.cbs.onclosetag(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.state = State.AfterClosingTagName;
      this.stateAfterClosingTagName(c);
    }
  }
  stateAfterClosingTagName(c) {
    if (c === CharCodes2.Gt || this.fastForwardTo(CharCodes2.Gt)) {
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }
  stateBeforeAttributeName(c) {
    if (c === CharCodes2.Gt) {
      this.cbs.onopentagend(this.index);
      this.enterTagBody();
      this.sectionStart = this.index + 1;
    } else if (c === CharCodes2.Slash) {
      this.state = State.InSelfClosingTag;
    } else if (!isWhitespace(c)) {
      this.state = State.InAttributeName;
      this.sectionStart = this.index;
    }
  }
  /**
   * Handle `/` before `>` in an opening tag.
   *
   * In HTML mode, text-only tags ignore the self-closing flag and still enter
   * their raw-text/RCDATA/plaintext state unless self-closing tags are being
   * recognized. In XML mode, or for ordinary tags, the tokenizer returns to
   * regular text parsing after emitting the self-closing callback.
   * @param c Current character code point.
   */
  stateInSelfClosingTag(c) {
    if (c === CharCodes2.Gt) {
      this.cbs.onselfclosingtag(this.index);
      this.sectionStart = this.index + 1;
      if (!this.recognizeSelfClosing) {
        this.enterTagBody();
        return;
      }
      this.state = State.Text;
      this.isSpecial = false;
      this.currentSequence = Sequences.Empty;
    } else if (!isWhitespace(c)) {
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    }
  }
  stateInAttributeName(c) {
    if (c === CharCodes2.Eq || isEndOfTagSection(c)) {
      this.cbs.onattribname(this.sectionStart, this.index);
      this.sectionStart = this.index;
      this.state = State.AfterAttributeName;
      this.stateAfterAttributeName(c);
    }
  }
  stateAfterAttributeName(c) {
    if (c === CharCodes2.Eq) {
      this.state = State.BeforeAttributeValue;
    } else if (c === CharCodes2.Slash || c === CharCodes2.Gt) {
      this.cbs.onattribend(QuoteType.NoValue, this.sectionStart);
      this.sectionStart = -1;
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    } else if (!isWhitespace(c)) {
      this.cbs.onattribend(QuoteType.NoValue, this.sectionStart);
      this.state = State.InAttributeName;
      this.sectionStart = this.index;
    }
  }
  stateBeforeAttributeValue(c) {
    if (c === CharCodes2.DoubleQuote) {
      this.state = State.InAttributeValueDq;
      this.sectionStart = this.index + 1;
    } else if (c === CharCodes2.SingleQuote) {
      this.state = State.InAttributeValueSq;
      this.sectionStart = this.index + 1;
    } else if (!isWhitespace(c)) {
      this.sectionStart = this.index;
      this.state = State.InAttributeValueNq;
      this.stateInAttributeValueNoQuotes(c);
    }
  }
  handleInAttributeValue(c, quote2) {
    if (c === quote2 || !this.decodeEntities && this.fastForwardTo(quote2)) {
      this.cbs.onattribdata(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.cbs.onattribend(quote2 === CharCodes2.DoubleQuote ? QuoteType.Double : QuoteType.Single, this.index + 1);
      this.state = State.BeforeAttributeName;
    } else if (this.decodeEntities && c === CharCodes2.Amp) {
      this.startEntity();
    }
  }
  stateInAttributeValueDoubleQuotes(c) {
    this.handleInAttributeValue(c, CharCodes2.DoubleQuote);
  }
  stateInAttributeValueSingleQuotes(c) {
    this.handleInAttributeValue(c, CharCodes2.SingleQuote);
  }
  stateInAttributeValueNoQuotes(c) {
    if (isWhitespace(c) || c === CharCodes2.Gt) {
      this.cbs.onattribdata(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.cbs.onattribend(QuoteType.Unquoted, this.index);
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    } else if (this.decodeEntities && c === CharCodes2.Amp) {
      this.startEntity();
    }
  }
  /**
   * Distinguish between CDATA, declarations, HTML comments, and HTML bogus
   * comments after `<!`.
   *
   * In HTML mode, only real comments and doctypes stay on declaration paths;
   * everything else becomes a bogus comment terminated by the next `>`.
   * @param c Current character code point.
   */
  stateBeforeDeclaration(c) {
    if (c === CharCodes2.OpeningSquareBracket) {
      this.state = State.CDATASequence;
      this.sequenceIndex = 0;
    } else if (this.xmlMode) {
      this.state = c === CharCodes2.Dash ? State.BeforeComment : State.InDeclaration;
    } else if ((c | 32) === Sequences.Doctype[0]) {
      this.state = State.DeclarationSequence;
      this.currentSequence = Sequences.Doctype;
      this.sequenceIndex = 1;
    } else if (c === CharCodes2.Gt) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    } else if (c === CharCodes2.Dash) {
      this.state = State.BeforeComment;
    } else {
      this.state = State.InSpecialComment;
    }
  }
  /**
   * Continue matching `doctype` after `<!d`.
   *
   * A full `doctype` match stays on the declaration path; any other name falls
   * back to an HTML bogus comment, which matches browser behavior for
   * non-doctype `<!...>` constructs.
   * @param c Current character code point.
   */
  stateDeclarationSequence(c) {
    if (this.sequenceIndex === this.currentSequence.length) {
      this.state = State.InDeclaration;
      this.stateInDeclaration(c);
    } else if ((c | 32) === this.currentSequence[this.sequenceIndex]) {
      this.sequenceIndex += 1;
    } else if (c === CharCodes2.Gt) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    } else {
      this.state = State.InSpecialComment;
    }
  }
  stateInDeclaration(c) {
    if (c === CharCodes2.Gt || this.fastForwardTo(CharCodes2.Gt)) {
      this.cbs.ondeclaration(this.sectionStart, this.index);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }
  /**
   * XML processing instructions (`<?...?>`).
   *
   * In HTML mode `<?` is routed to `InSpecialComment` instead, so this
   * state is only reachable in XML mode.
   * @param c Current character code point.
   */
  stateInProcessingInstruction(c) {
    if (c === CharCodes2.Questionmark) {
      this.sequenceIndex = 1;
    } else if (c === CharCodes2.Gt && this.sequenceIndex === 1) {
      this.cbs.onprocessinginstruction(this.sectionStart, this.index - 1);
      this.sequenceIndex = 0;
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    } else {
      this.sequenceIndex = Number(this.fastForwardTo(CharCodes2.Questionmark));
    }
  }
  stateBeforeComment(c) {
    if (c === CharCodes2.Dash) {
      this.state = State.InCommentLike;
      this.currentSequence = Sequences.CommentEnd;
      this.sequenceIndex = 0;
      this.sectionStart = this.index + 1;
    } else if (this.xmlMode) {
      this.state = State.InDeclaration;
    } else if (c === CharCodes2.Gt) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    } else {
      this.state = State.InSpecialComment;
    }
  }
  stateInSpecialComment(c) {
    if (c === CharCodes2.Gt || this.fastForwardTo(CharCodes2.Gt)) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }
  startEntity() {
    this.baseState = this.state;
    this.state = State.InEntity;
    this.entityStart = this.index;
    this.entityDecoder.startEntity(this.xmlMode ? DecodingMode.Strict : this.baseState === State.Text || this.baseState === State.InSpecialTag ? DecodingMode.Legacy : DecodingMode.Attribute);
  }
  stateInEntity() {
    const indexInBuffer = this.index - this.offset;
    const length = this.entityDecoder.write(this.buffer, indexInBuffer);
    if (length >= 0) {
      this.state = this.baseState;
      if (length === 0) {
        this.index -= 1;
      }
    } else {
      if (indexInBuffer < this.buffer.length && this.buffer.charCodeAt(indexInBuffer) === CharCodes2.Amp) {
        this.state = this.baseState;
        this.index -= 1;
        return;
      }
      this.index = this.offset + this.buffer.length - 1;
    }
  }
  /**
   * Remove data that has already been consumed from the buffer.
   */
  cleanup() {
    if (this.running && this.sectionStart !== this.index) {
      if (this.state === State.Text || this.state === State.InPlainText || this.state === State.InSpecialTag && this.sequenceIndex === 0) {
        this.cbs.ontext(this.sectionStart, this.index);
        this.sectionStart = this.index;
      } else if (this.state === State.InAttributeValueDq || this.state === State.InAttributeValueSq || this.state === State.InAttributeValueNq) {
        this.cbs.onattribdata(this.sectionStart, this.index);
        this.sectionStart = this.index;
      }
    }
  }
  shouldContinue() {
    return this.index < this.buffer.length + this.offset && this.running;
  }
  /**
   * Iterates through the buffer, calling the function corresponding to the current state.
   *
   * States that are more likely to be hit are higher up, as a performance improvement.
   */
  parse() {
    while (this.shouldContinue()) {
      const c = this.buffer.charCodeAt(this.index - this.offset);
      switch (this.state) {
        case State.Text: {
          this.stateText(c);
          break;
        }
        case State.InPlainText: {
          this.index = this.buffer.length + this.offset - 1;
          break;
        }
        case State.SpecialStartSequence: {
          this.stateSpecialStartSequence(c);
          break;
        }
        case State.InSpecialTag: {
          this.stateInSpecialTag(c);
          break;
        }
        case State.CDATASequence: {
          this.stateCDATASequence(c);
          break;
        }
        case State.DeclarationSequence: {
          this.stateDeclarationSequence(c);
          break;
        }
        case State.InAttributeValueDq: {
          this.stateInAttributeValueDoubleQuotes(c);
          break;
        }
        case State.InAttributeName: {
          this.stateInAttributeName(c);
          break;
        }
        case State.InCommentLike: {
          this.stateInCommentLike(c);
          break;
        }
        case State.InSpecialComment: {
          this.stateInSpecialComment(c);
          break;
        }
        case State.BeforeAttributeName: {
          this.stateBeforeAttributeName(c);
          break;
        }
        case State.InTagName: {
          this.stateInTagName(c);
          break;
        }
        case State.InClosingTagName: {
          this.stateInClosingTagName(c);
          break;
        }
        case State.BeforeTagName: {
          this.stateBeforeTagName(c);
          break;
        }
        case State.AfterAttributeName: {
          this.stateAfterAttributeName(c);
          break;
        }
        case State.InAttributeValueSq: {
          this.stateInAttributeValueSingleQuotes(c);
          break;
        }
        case State.BeforeAttributeValue: {
          this.stateBeforeAttributeValue(c);
          break;
        }
        case State.BeforeClosingTagName: {
          this.stateBeforeClosingTagName(c);
          break;
        }
        case State.AfterClosingTagName: {
          this.stateAfterClosingTagName(c);
          break;
        }
        case State.InAttributeValueNq: {
          this.stateInAttributeValueNoQuotes(c);
          break;
        }
        case State.InSelfClosingTag: {
          this.stateInSelfClosingTag(c);
          break;
        }
        case State.InDeclaration: {
          this.stateInDeclaration(c);
          break;
        }
        case State.BeforeDeclaration: {
          this.stateBeforeDeclaration(c);
          break;
        }
        case State.BeforeComment: {
          this.stateBeforeComment(c);
          break;
        }
        case State.InProcessingInstruction: {
          this.stateInProcessingInstruction(c);
          break;
        }
        case State.InEntity: {
          this.stateInEntity();
          break;
        }
      }
      this.index++;
    }
    this.cleanup();
  }
  finish() {
    if (this.state === State.InEntity) {
      this.entityDecoder.end();
      this.state = this.baseState;
    }
    this.handleTrailingData();
    this.cbs.onend();
  }
  handleTrailingCommentLikeData(endIndex) {
    if (this.state !== State.InCommentLike) {
      return false;
    }
    if (this.currentSequence === Sequences.CdataEnd) {
      if (this.xmlMode) {
        if (this.sectionStart < endIndex) {
          this.cbs.oncdata(this.sectionStart, endIndex, 0);
        }
      } else {
        const cdataStart = this.sectionStart - Sequences.Cdata.length - 1;
        this.cbs.oncomment(cdataStart, endIndex, 0);
      }
    } else {
      const offset = this.xmlMode ? 0 : Math.min(this.sequenceIndex, Sequences.CommentEnd.length - 1);
      this.cbs.oncomment(this.sectionStart, endIndex, offset);
    }
    return true;
  }
  handleTrailingMarkupDeclaration(endIndex) {
    if (this.xmlMode) {
      switch (this.state) {
        case State.InSpecialComment:
        case State.BeforeComment:
        case State.CDATASequence:
        case State.DeclarationSequence:
        case State.InDeclaration: {
          this.cbs.ontext(this.sectionStart, endIndex);
          return true;
        }
        default: {
          return false;
        }
      }
    }
    switch (this.state) {
      case State.BeforeDeclaration:
      case State.InSpecialComment:
      case State.BeforeComment:
      case State.CDATASequence: {
        this.cbs.oncomment(this.sectionStart, endIndex, 0);
        return true;
      }
      case State.DeclarationSequence: {
        if (this.sequenceIndex !== Sequences.Doctype.length) {
          this.cbs.oncomment(this.sectionStart, endIndex, 0);
        }
        return true;
      }
      case State.InDeclaration: {
        return true;
      }
      default: {
        return false;
      }
    }
  }
  /** Handle any trailing data. */
  handleTrailingData() {
    const endIndex = this.buffer.length + this.offset;
    if (this.handleTrailingCommentLikeData(endIndex) || this.handleTrailingMarkupDeclaration(endIndex)) {
      return;
    }
    if (this.sectionStart >= endIndex) {
      return;
    }
    switch (this.state) {
      case State.InTagName:
      case State.BeforeAttributeName:
      case State.BeforeAttributeValue:
      case State.AfterAttributeName:
      case State.InAttributeName:
      case State.InAttributeValueSq:
      case State.InAttributeValueDq:
      case State.InAttributeValueNq:
      case State.InClosingTagName: {
        break;
      }
      default: {
        this.cbs.ontext(this.sectionStart, endIndex);
      }
    }
  }
  emitCodePoint(cp, consumed2) {
    if (this.baseState !== State.Text && this.baseState !== State.InSpecialTag) {
      if (this.sectionStart < this.entityStart) {
        this.cbs.onattribdata(this.sectionStart, this.entityStart);
      }
      this.sectionStart = this.entityStart + consumed2;
      this.index = this.sectionStart - 1;
      this.cbs.onattribentity(cp);
    } else {
      if (this.sectionStart < this.entityStart) {
        this.cbs.ontext(this.sectionStart, this.entityStart);
      }
      this.sectionStart = this.entityStart + consumed2;
      this.index = this.sectionStart - 1;
      this.cbs.ontextentity(cp, this.sectionStart);
    }
  }
};

// node_modules/htmlparser2/dist/Parser.js
var { fromCodePoint } = String;
var formTags = /* @__PURE__ */ new Set([
  "input",
  "option",
  "optgroup",
  "select",
  "button",
  "datalist",
  "textarea"
]);
var pTag = /* @__PURE__ */ new Set(["p"]);
var headingTags = /* @__PURE__ */ new Set(["h1", "h2", "h3", "h4", "h5", "h6", "p"]);
var tableSectionTags = /* @__PURE__ */ new Set(["thead", "tbody"]);
var ddtTags = /* @__PURE__ */ new Set(["dd", "dt"]);
var rtpTags = /* @__PURE__ */ new Set(["rt", "rp"]);
var openImpliesClose = /* @__PURE__ */ new Map([
  ["tr", /* @__PURE__ */ new Set(["tr", "th", "td"])],
  ["th", /* @__PURE__ */ new Set(["th"])],
  ["td", /* @__PURE__ */ new Set(["thead", "th", "td"])],
  ["body", /* @__PURE__ */ new Set(["head", "link", "script"])],
  ["a", /* @__PURE__ */ new Set(["a"])],
  ["li", /* @__PURE__ */ new Set(["li"])],
  ["p", pTag],
  ["h1", headingTags],
  ["h2", headingTags],
  ["h3", headingTags],
  ["h4", headingTags],
  ["h5", headingTags],
  ["h6", headingTags],
  ["select", formTags],
  ["input", formTags],
  ["output", formTags],
  ["button", formTags],
  ["datalist", formTags],
  ["textarea", formTags],
  ["option", /* @__PURE__ */ new Set(["option"])],
  ["optgroup", /* @__PURE__ */ new Set(["optgroup", "option"])],
  ["dd", ddtTags],
  ["dt", ddtTags],
  ["address", pTag],
  ["article", pTag],
  ["aside", pTag],
  ["blockquote", pTag],
  ["details", pTag],
  ["div", pTag],
  ["dl", pTag],
  ["fieldset", pTag],
  ["figcaption", pTag],
  ["figure", pTag],
  ["footer", pTag],
  ["form", pTag],
  ["header", pTag],
  ["hr", pTag],
  ["main", pTag],
  ["nav", pTag],
  ["ol", pTag],
  ["pre", pTag],
  ["section", pTag],
  ["table", pTag],
  ["ul", pTag],
  ["rt", rtpTags],
  ["rp", rtpTags],
  ["tbody", tableSectionTags],
  ["tfoot", tableSectionTags]
]);
var DOCUMENT_TYPE = "doctype";
var voidElements = /* @__PURE__ */ new Set([
  "area",
  "base",
  "basefont",
  "br",
  "col",
  "command",
  "embed",
  "frame",
  "hr",
  "img",
  "input",
  "isindex",
  "keygen",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr"
]);
var foreignContextElements = /* @__PURE__ */ new Set(["math", "svg"]);
var htmlIntegrationElements = /* @__PURE__ */ new Set([
  "mi",
  "mo",
  "mn",
  "ms",
  "mtext",
  "annotation-xml",
  "foreignObject",
  "desc",
  "title"
]);
var svgTagNameAdjustments = /* @__PURE__ */ new Map([
  ["altglyph", "altGlyph"],
  ["altglyphdef", "altGlyphDef"],
  ["altglyphitem", "altGlyphItem"],
  ["animatecolor", "animateColor"],
  ["animatemotion", "animateMotion"],
  ["animatetransform", "animateTransform"],
  ["clippath", "clipPath"],
  ["feblend", "feBlend"],
  ["fecolormatrix", "feColorMatrix"],
  ["fecomponenttransfer", "feComponentTransfer"],
  ["fecomposite", "feComposite"],
  ["feconvolvematrix", "feConvolveMatrix"],
  ["fediffuselighting", "feDiffuseLighting"],
  ["fedisplacementmap", "feDisplacementMap"],
  ["fedistantlight", "feDistantLight"],
  ["fedropshadow", "feDropShadow"],
  ["feflood", "feFlood"],
  ["fefunca", "feFuncA"],
  ["fefuncb", "feFuncB"],
  ["fefuncg", "feFuncG"],
  ["fefuncr", "feFuncR"],
  ["fegaussianblur", "feGaussianBlur"],
  ["feimage", "feImage"],
  ["femerge", "feMerge"],
  ["femergenode", "feMergeNode"],
  ["femorphology", "feMorphology"],
  ["feoffset", "feOffset"],
  ["fepointlight", "fePointLight"],
  ["fespecularlighting", "feSpecularLighting"],
  ["fespotlight", "feSpotLight"],
  ["fetile", "feTile"],
  ["feturbulence", "feTurbulence"],
  ["foreignobject", "foreignObject"],
  ["glyphref", "glyphRef"],
  ["lineargradient", "linearGradient"],
  ["radialgradient", "radialGradient"],
  ["textpath", "textPath"]
]);
var ForeignContext;
(function(ForeignContext2) {
  ForeignContext2[ForeignContext2["None"] = 0] = "None";
  ForeignContext2[ForeignContext2["Svg"] = 1] = "Svg";
  ForeignContext2[ForeignContext2["MathML"] = 2] = "MathML";
})(ForeignContext || (ForeignContext = {}));
var reNameEnd = /\s|\//;
var Parser = class {
  options;
  /** The start index of the last event. */
  startIndex = 0;
  /** The end index of the last event. */
  endIndex = 0;
  /**
   * Store the start index of the current open tag,
   * so we can update the start index for attributes.
   */
  openTagStart = 0;
  tagname = "";
  attribname = "";
  attribvalue = "";
  attribs = null;
  stack = [];
  foreignContext;
  cbs;
  lowerCaseTagNames;
  lowerCaseAttributeNames;
  recognizeSelfClosing;
  /** We are parsing HTML. Inverse of the `xmlMode` option. */
  htmlMode;
  tokenizer;
  buffers = [];
  bufferOffset = 0;
  /** The index of the last written buffer. Used when resuming after a `pause()`. */
  writeIndex = 0;
  /** Indicates whether the parser has finished running / `.end` has been called. */
  ended = false;
  constructor(cbs, options2 = {}) {
    this.options = options2;
    this.cbs = cbs ?? {};
    this.htmlMode = !this.options.xmlMode;
    this.lowerCaseTagNames = options2.lowerCaseTags ?? this.htmlMode;
    this.lowerCaseAttributeNames = options2.lowerCaseAttributeNames ?? this.htmlMode;
    this.recognizeSelfClosing = options2.recognizeSelfClosing ?? !this.htmlMode;
    this.tokenizer = new (options2.Tokenizer ?? Tokenizer)(this.options, this);
    this.foreignContext = [ForeignContext.None];
    this.cbs.onparserinit?.(this);
  }
  // Tokenizer event handlers
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  ontext(start, endIndex) {
    const data = this.getSlice(start, endIndex);
    this.endIndex = endIndex - 1;
    this.cbs.ontext?.(data);
    this.startIndex = endIndex;
  }
  /**
   * @param cp Current Unicode code point.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  ontextentity(cp, endIndex) {
    this.endIndex = endIndex - 1;
    this.cbs.ontext?.(fromCodePoint(cp));
    this.startIndex = endIndex;
  }
  /** @internal */
  isInForeignContext() {
    return this.foreignContext[0] !== ForeignContext.None;
  }
  /**
   * Checks if the current tag is a void element. Override this if you want
   * to specify your own additional void elements.
   * @param name Name of the pseudo selector.
   */
  isVoidElement(name) {
    return this.htmlMode && voidElements.has(name);
  }
  /**
   * Read a tag name from the buffer.
   *
   * When `lowerCaseTagNames` is enabled (the default in HTML mode), the name
   * is lowercased and may be adjusted for SVG casing or the `image` → `img`
   * alias.
   * @param start Start index of the tag name in the buffer.
   * @param endIndex End index of the tag name in the buffer.
   */
  readTagName(start, endIndex) {
    const name = this.lowerCaseTagNames ? this.getSlice(start, endIndex).toLowerCase() : this.getSlice(start, endIndex);
    if (!(this.lowerCaseTagNames && this.htmlMode)) {
      return name;
    }
    if (this.foreignContext[0] === ForeignContext.Svg) {
      return svgTagNameAdjustments.get(name) ?? name;
    }
    if (this.foreignContext.length > 1) {
      const adjusted = svgTagNameAdjustments.get(name);
      if (adjusted !== void 0 && this.stack.includes(adjusted)) {
        return adjusted;
      }
    }
    if (!this.isInForeignContext()) {
      return name === "image" ? "img" : name;
    }
    return name;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onopentagname(start, endIndex) {
    this.endIndex = endIndex;
    this.emitOpenTag(this.readTagName(start, endIndex));
  }
  emitOpenTag(name) {
    this.openTagStart = this.startIndex;
    this.tagname = name;
    if (this.htmlMode && name === "form" && this.stack.includes("form")) {
      this.tagname = "";
      return;
    }
    const impliesClose = this.htmlMode && openImpliesClose.get(name);
    if (impliesClose) {
      while (this.stack.length > 0 && impliesClose.has(this.stack[0])) {
        this.popElement(true);
      }
    }
    if (!this.isVoidElement(name)) {
      this.stack.unshift(name);
      if (this.htmlMode) {
        if (name === "svg") {
          this.foreignContext.unshift(ForeignContext.Svg);
        } else if (name === "math") {
          this.foreignContext.unshift(ForeignContext.MathML);
        } else if (htmlIntegrationElements.has(name)) {
          this.foreignContext.unshift(ForeignContext.None);
        }
      }
    }
    this.cbs.onopentagname?.(name);
    if (this.cbs.onopentag)
      this.attribs = {};
  }
  endOpenTag(isImplied) {
    this.startIndex = this.openTagStart;
    if (this.attribs) {
      this.cbs.onopentag?.(this.tagname, this.attribs, isImplied);
      this.attribs = null;
    }
    if (this.cbs.onclosetag && this.isVoidElement(this.tagname)) {
      this.cbs.onclosetag(this.tagname, true);
    }
    this.tagname = "";
  }
  /**
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onopentagend(endIndex) {
    this.endIndex = endIndex;
    this.endOpenTag(false);
    this.startIndex = endIndex + 1;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onclosetag(start, endIndex) {
    this.endIndex = endIndex;
    const name = this.readTagName(start, endIndex);
    if (!this.isVoidElement(name)) {
      const pos = this.stack.indexOf(name);
      if (pos !== -1) {
        for (let index = 0; index < pos; index++) {
          this.popElement(true);
        }
        this.popElement(false);
      } else if (this.htmlMode && name === "p") {
        this.emitOpenTag("p");
        this.closeCurrentTag(true);
      }
    } else if (this.htmlMode && name === "br") {
      this.cbs.onopentagname?.("br");
      this.cbs.onopentag?.("br", {}, true);
      this.cbs.onclosetag?.("br", false);
    }
    this.startIndex = endIndex + 1;
  }
  /**
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onselfclosingtag(endIndex) {
    this.endIndex = endIndex;
    if (this.recognizeSelfClosing || this.isInForeignContext()) {
      this.closeCurrentTag(false);
      this.startIndex = endIndex + 1;
    } else {
      this.onopentagend(endIndex);
    }
  }
  /**
   * Pop the top element off the stack, emit a close event, and maintain
   * the foreign context stack.
   * @param implied Whether this close is implied (not from an explicit end tag).
   */
  popElement(implied) {
    const element = this.stack.shift();
    if (this.htmlMode && (foreignContextElements.has(element) || htmlIntegrationElements.has(element))) {
      this.foreignContext.shift();
    }
    this.cbs.onclosetag?.(element, implied);
  }
  closeCurrentTag(isOpenImplied) {
    const name = this.tagname;
    this.endOpenTag(isOpenImplied);
    if (this.stack[0] === name) {
      this.popElement(!isOpenImplied);
    }
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onattribname(start, endIndex) {
    this.startIndex = start;
    const name = this.getSlice(start, endIndex);
    this.attribname = this.lowerCaseAttributeNames ? name.toLowerCase() : name;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onattribdata(start, endIndex) {
    this.attribvalue += this.getSlice(start, endIndex);
  }
  /**
   * @param cp Current Unicode code point.
   * @internal
   */
  onattribentity(cp) {
    this.attribvalue += fromCodePoint(cp);
  }
  /**
   * @param quote Quote type used for the current attribute.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onattribend(quote2, endIndex) {
    this.endIndex = endIndex;
    this.cbs.onattribute?.(this.attribname, this.attribvalue, quote2 === QuoteType.Double ? '"' : quote2 === QuoteType.Single ? "'" : quote2 === QuoteType.NoValue ? void 0 : null);
    if (this.attribs && !Object.hasOwn(this.attribs, this.attribname)) {
      this.attribs[this.attribname] = this.attribvalue;
    }
    this.attribvalue = "";
  }
  getInstructionName(value) {
    const index = value.search(reNameEnd);
    let name = index < 0 ? value : value.substr(0, index);
    if (this.lowerCaseTagNames) {
      name = name.toLowerCase();
    }
    return name;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  ondeclaration(start, endIndex) {
    this.endIndex = endIndex;
    const value = this.getSlice(start, endIndex);
    if (this.cbs.onprocessinginstruction) {
      const name = this.htmlMode ? this.lowerCaseTagNames ? DOCUMENT_TYPE : value.slice(0, DOCUMENT_TYPE.length) : this.getInstructionName(value);
      this.cbs.onprocessinginstruction(`!${name}`, `!${value}`);
    }
    this.startIndex = endIndex + 1;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onprocessinginstruction(start, endIndex) {
    this.endIndex = endIndex;
    const value = this.getSlice(start, endIndex);
    if (this.cbs.onprocessinginstruction) {
      const name = this.getInstructionName(value);
      this.cbs.onprocessinginstruction(`?${name}`, `?${value}`);
    }
    this.startIndex = endIndex + 1;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @param offset Offset applied when computing parser indices.
   * @internal
   */
  oncomment(start, endIndex, offset) {
    this.endIndex = endIndex;
    this.cbs.oncomment?.(this.getSlice(start, endIndex - offset));
    this.cbs.oncommentend?.();
    this.startIndex = endIndex + 1;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @param offset Offset applied when computing parser indices.
   * @internal
   */
  oncdata(start, endIndex, offset) {
    this.endIndex = endIndex;
    const value = this.getSlice(start, endIndex - offset);
    if (!this.htmlMode || this.options.recognizeCDATA) {
      this.cbs.oncdatastart?.();
      this.cbs.ontext?.(value);
      this.cbs.oncdataend?.();
    } else if (this.isInForeignContext()) {
      this.cbs.ontext?.(value);
    } else {
      this.cbs.oncomment?.(`[CDATA[${value}]]`);
      this.cbs.oncommentend?.();
    }
    this.startIndex = endIndex + 1;
  }
  /** @internal */
  onend() {
    if (this.cbs.onclosetag) {
      this.endIndex = this.startIndex;
      for (let index = 0; index < this.stack.length; index++) {
        this.cbs.onclosetag(this.stack[index], true);
      }
    }
    this.cbs.onend?.();
  }
  /**
   * Resets the parser to a blank state, ready to parse a new HTML document
   */
  reset() {
    this.cbs.onreset?.();
    this.tokenizer.reset();
    this.tagname = "";
    this.attribname = "";
    this.attribvalue = "";
    this.attribs = null;
    this.stack.length = 0;
    this.startIndex = 0;
    this.endIndex = 0;
    this.cbs.onparserinit?.(this);
    this.buffers.length = 0;
    this.foreignContext.length = 0;
    this.foreignContext.unshift(ForeignContext.None);
    this.bufferOffset = 0;
    this.writeIndex = 0;
    this.ended = false;
  }
  /**
   * Resets the parser, then parses a complete document and
   * pushes it to the handler.
   * @param data Document to parse.
   */
  parseComplete(data) {
    this.reset();
    this.end(data);
  }
  getSlice(start, end) {
    if (start === end) {
      return "";
    }
    while (start - this.bufferOffset >= this.buffers[0].length) {
      this.shiftBuffer();
    }
    let slice = this.buffers[0].slice(start - this.bufferOffset, end - this.bufferOffset);
    while (end - this.bufferOffset > this.buffers[0].length) {
      this.shiftBuffer();
      slice += this.buffers[0].slice(0, end - this.bufferOffset);
    }
    return slice;
  }
  shiftBuffer() {
    this.bufferOffset += this.buffers[0].length;
    this.writeIndex--;
    this.buffers.shift();
  }
  /**
   * Parses a chunk of data and calls the corresponding callbacks.
   * @param chunk Chunk to parse.
   */
  write(chunk) {
    if (this.ended) {
      this.cbs.onerror?.(new Error(".write() after done!"));
      return;
    }
    this.buffers.push(chunk);
    if (this.tokenizer.running) {
      this.tokenizer.write(chunk);
      this.writeIndex++;
    }
  }
  /**
   * Parses the end of the buffer and clears the stack, calls onend.
   * @param chunk Optional final chunk to parse.
   */
  end(chunk) {
    if (this.ended) {
      this.cbs.onerror?.(new Error(".end() after done!"));
      return;
    }
    if (chunk)
      this.write(chunk);
    this.ended = true;
    this.tokenizer.end();
  }
  /**
   * Pauses parsing. The parser won't emit events until `resume` is called.
   */
  pause() {
    this.tokenizer.pause();
  }
  /**
   * Resumes parsing after `pause` was called.
   */
  resume() {
    this.tokenizer.resume();
    while (this.tokenizer.running && this.writeIndex < this.buffers.length) {
      this.tokenizer.write(this.buffers[this.writeIndex++]);
    }
    if (this.ended)
      this.tokenizer.end();
  }
};

// src/index/simple.ts
var SIMPLE_ACCEPT = "application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.1, text/html;q=0.01";
var MAX_LISTING = 32 * 1024 * 1024;
async function listFiles(urls2, name, deps, opts = {}) {
  const policy = opts.retry ?? DEFAULT_RETRY;
  let pageUrl = new URL(`${encodeURIComponent(normalizeName(name))}/`, urls2.simple);
  for (let hop = 0; ; hop++) {
    const target = opts.fresh ? withNonce(pageUrl, deps) : pageUrl;
    const headers = { accept: SIMPLE_ACCEPT, "user-agent": USER_AGENT };
    if (opts.fresh) Object.assign(headers, { "cache-control": "no-cache", pragma: "no-cache" });
    const what = `Reading ${displayUrl(pageUrl)}`;
    const answer = await withRetries(policy, deps, what, async () => exchange(target, { method: "GET", headers, deadlineMs: opts.deadlineMs ?? READ_DEADLINE_MS }, deps, async (res) => {
      if (isRetryableStatus(res.statusCode)) return retryAnswer(await readAnswer(res, { limit: MAX_ERROR_BODY, overflow: "truncate" }), deps);
      try {
        return { kind: "done", value: await readAnswer(res, { limit: MAX_LISTING, overflow: "fail" }) };
      } catch (error2) {
        if (error2 instanceof BodyTooLarge) throw listingTooLarge(what, urls2);
        throw error2;
      }
    }), {
      giveUp: (reason2, cause) => unreachable(`${what} failed: ${reason2}`, `Is ${listingTarget(urls2)} up, and is that the index's simple URL?`, cause)
    });
    if (answer.status === 404) return /* @__PURE__ */ new Map();
    if (answer.status >= 300 && answer.status < 400) {
      pageUrl = followable(pageUrl, answer.location, answer.status, hop, `The listing of ${name} on ${urls2.label}`);
      continue;
    }
    if (answer.status === 401 || answer.status === 403) {
      throw new ReleaseError({
        code: "INDEX_AUTH",
        message: `${what}: ${urls2.label} answered ${answer.status}${quote(serverMessage(answer))}: it wants credentials to read its listing.`,
        hint: "Check the simple index URL. For a private index, give its account (staging-username and staging-token, or the production ones): reads then carry it too; if you gave one, check its username and token, and the account's read permission. PyPI-style tokens (__token__) are never sent on reads."
      });
    }
    if (answer.status !== 200) {
      throw unreachable(
        `${what}: ${urls2.label} answered ${answer.status}${quote(serverMessage(answer))}.`,
        `Check that ${displayUrl(urls2.simple)} is the index's simple URL.`
      );
    }
    try {
      const files = /json/i.test(answer.contentType) ? parseSimpleJson(answer.body, pageUrl) : parseSimpleHtml(answer.body, pageUrl);
      return screenListing(files, urls2, name);
    } catch (cause) {
      if (isReleaseError(cause)) throw cause;
      throw unreachable(
        `${what}: the page is neither PEP 691 JSON nor PEP 503 HTML (${cause instanceof Error ? cause.message : String(cause)}).`,
        `Check that ${displayUrl(urls2.simple)} is the index's simple URL.`,
        cause
      );
    }
  }
}
async function listingFor(dists, urls2, deps, policy) {
  const merged = /* @__PURE__ */ new Map();
  const names = [...new Map(dists.map((d) => [normalizeName(d.name), d.name])).values()];
  for (const name of names) {
    const opts = policy === void 0 ? { fresh: true } : { fresh: true, retry: policy };
    for (const [filename, file] of await listFiles(urls2, name, deps, opts)) merged.set(filename, file);
  }
  return merged;
}
function listingTooLarge(what, urls2) {
  return new ReleaseError({
    code: "INDEX_ANSWER_TOO_LARGE",
    message: `${what}: ${urls2.label} sent a project page larger than ${MAX_LISTING / 1024 / 1024} MiB, more than any index's page for one project. Reading stopped there.`,
    hint: `Check that ${displayUrl(urls2.simple)} is the index's simple URL, and that nothing between the runner and the index (a proxy, a captive portal) rewrites its answers.`
  });
}
function retryAnswer(answer, deps) {
  return { kind: "retry", reason: `${answer.status}${quote(serverMessage(answer))}`, retryAfterMs: retryAfterMs(answer.retryAfter, deps.now()) };
}
function parseSimpleJson(text, pageUrl) {
  const page = JSON.parse(text);
  if (!isRecord2(page) || !Array.isArray(page.files)) throw new Error('no "files" array');
  const files = /* @__PURE__ */ new Map();
  for (const entry of page.files) {
    if (!isRecord2(entry) || typeof entry.filename !== "string" || typeof entry.url !== "string") continue;
    const url = new URL(entry.url, pageUrl);
    url.hash = "";
    const hashes = isRecord2(entry.hashes) ? entry.hashes : {};
    const file = { filename: entry.filename, url: url.href, sha256: hexDigest(hashes.sha256) };
    if (typeof entry.size === "number") file.size = entry.size;
    if (typeof entry["requires-python"] === "string") file.requiresPython = entry["requires-python"];
    const provenance = typeof entry.provenance === "string" ? absolute(entry.provenance, pageUrl) : void 0;
    if (provenance !== void 0) file.provenance = provenance;
    if (!files.has(file.filename)) files.set(file.filename, file);
  }
  return files;
}
function parseSimpleHtml(html, pageUrl) {
  let baseHref;
  const anchors = [];
  let open5;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === "base" && baseHref === void 0 && attrs.href !== void 0) baseHref = attrs.href;
        if (name !== "a") return;
        open5 = { attrs, text: [] };
        anchors.push(open5);
      },
      ontext(text) {
        open5?.text.push(text);
      },
      onclosetag(name) {
        if (name === "a") open5 = void 0;
      }
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }
  );
  parser.end(html);
  let base = pageUrl;
  if (baseHref !== void 0) {
    try {
      base = new URL(baseHref, pageUrl);
    } catch {
    }
  }
  const files = /* @__PURE__ */ new Map();
  for (const anchor of anchors) {
    const href = anchor.attrs.href;
    if (href === void 0) continue;
    let url;
    try {
      url = new URL(href, base);
    } catch {
      continue;
    }
    const fragment = new URLSearchParams(url.hash.slice(1));
    url.hash = "";
    const text = anchor.text.join("").trim();
    const filename = text !== "" ? text : lastSegment(url);
    if (filename === "") continue;
    const file = { filename, url: url.href, sha256: hexDigest(fragment.get("sha256")) };
    const requiresPython2 = anchor.attrs["data-requires-python"];
    if (requiresPython2 !== void 0 && requiresPython2 !== "") file.requiresPython = requiresPython2;
    const provenance = anchor.attrs["data-provenance"] ? absolute(anchor.attrs["data-provenance"], base) : void 0;
    if (provenance !== void 0) file.provenance = provenance;
    if (!files.has(filename)) files.set(filename, file);
  }
  return files;
}
function absolute(href, base) {
  try {
    const url = new URL(href, base);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : void 0;
  } catch {
    return void 0;
  }
}
function withNonce(url, deps) {
  const copy = new URL(url.href);
  copy.searchParams.set("t", `${deps.now().toString(36)}${randomUUID2().slice(0, 8)}`);
  return copy;
}
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function hexDigest(value) {
  return typeof value === "string" && /^[0-9a-f]{64}$/i.test(value) ? value.toLowerCase() : void 0;
}
function lastSegment(url) {
  const segment = url.pathname.split("/").pop() ?? "";
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

// src/index/refusals.ts
function versionOf(filename) {
  const parsed = parseDistFilename(filename);
  return "error" in parsed ? "" : parsed.version;
}
function ofVersion(listed, version) {
  return [...listed.values()].filter((f) => equal(versionOf(f.filename), version));
}
async function refuseReleased(release2, indexes, deps) {
  const { name, version } = release2;
  const production = [...(await listFiles(indexes.production.urls, name, deps, { fresh: true })).values()];
  const warning2 = lowerThanWarning(version, [
    ...production.map((f) => ({ version: versionOf(f.filename), where: `released on ${indexes.production.urls.simple.host}` })),
    ...release2.others
  ]);
  if (warning2) deps.log.warning(warning2);
  const released = production.filter((f) => equal(versionOf(f.filename), version));
  if (released.length === 0) return;
  const staging = await listFiles(indexes.staging.urls, name, deps, { fresh: true });
  const unstaged = released.filter((f) => !f.sha256 || staging.get(f.filename)?.sha256 !== f.sha256);
  if (unstaged.length === 0) {
    deps.log.info(`production already has ${released.length} file(s) of ${version}, each staged with the same sha256: resuming an earlier run.`);
    return;
  }
  throw new ReleaseError({
    code: "VERSION_ALREADY_RELEASED",
    message: `${name} ${version} is already released on the production index (${indexes.production.urls.simple.href}); nothing was built or uploaded.`,
    details: unstaged.map((f) => `${f.filename} (sha256 ${f.sha256 ?? "not listed"})`),
    hint: "A released version never changes. Release a new version (bump), or a post release (e.g. 1.4.0.post1) to fix packaging only."
  });
}
async function refuseConflicts(production, release2, dists, deps) {
  const listed = await listFiles(production.urls, release2.name, deps, { fresh: true });
  const sameVersion = ofVersion(listed, release2.version);
  const ours = new Map(dists.map((d) => [d.filename, d]));
  const different = sameVersion.filter((f) => ours.get(f.filename)?.sha256 !== f.sha256);
  if (different.length > 0) {
    throw new ReleaseError({
      code: "VERSION_ALREADY_RELEASED",
      message: `${release2.name} ${release2.version} is already on the production index (${production.urls.simple.href}) with other files than this release; nothing was uploaded.`,
      details: different.map((f) => {
        const mine = ours.get(f.filename);
        return mine ? `${f.filename}: the index has sha256 ${f.sha256 ?? "(not listed)"}, this release ${mine.sha256}` : `${f.filename}: on the index, not in this release`;
      }),
      hint: "A released version never changes. Release a new version (bump), or a post release (e.g. 1.4.0.post1) to fix packaging only."
    });
  }
  if (sameVersion.length > 0) deps.log.info(`production: ${sameVersion.length} file(s) of ${release2.version} already there with our sha256: resuming.`);
  refuseOverProjectLimit(production, release2, listed, dists, deps);
}
function refuseOverProjectLimit(production, release2, listed, dists, deps) {
  const limit = release2.maxProjectSize ?? PYPI_MAX_PROJECT_SIZE;
  const others = [...listed.values()].filter((f) => !dists.some((d) => d.filename === f.filename));
  if (others.some((f) => f.size === void 0)) {
    deps.log.debug(`production's listing gives no file sizes: the project size limit is not checked.`);
    return;
  }
  const already = others.reduce((sum, f) => sum + f.size, 0);
  const adding = dists.filter((d) => !listed.has(d.filename)).reduce((sum, d) => sum + d.size, 0);
  if (already + adding <= limit) return;
  throw new ReleaseError({
    code: "PROJECT_TOO_LARGE",
    message: `Project size too large. Limit for project '${release2.name}' total size is ${formatSize(limit)}: production (${production.urls.simple.href}) holds ${formatSize(already)}, and this release adds ${formatSize(adding)}. Nothing was uploaded.`,
    hint: "Delete old releases or files you no longer need on PyPI, or ask for a larger limit (https://pypi.org/help/#project-size-limit); when PyPI has raised it, set `max-project-size` to the new limit."
  });
}
var PYPI_MAX_PROJECT_SIZE = 10 * 1024 * 1024 * 1024;
async function releasedVersions(indexes, name, deps) {
  const production = await listFiles(indexes.production.urls, name, deps, { fresh: true });
  if (production.size === 0) return [];
  const staging = await listFiles(indexes.staging.urls, name, deps, { fresh: true });
  const versions = new Set([...production.keys()].map(versionOf).filter(Boolean));
  return [...versions].flatMap((version) => {
    const partial = ofVersion(staging, version).some((f) => !production.has(f.filename));
    return partial ? [] : [{ version, where: `released on ${indexes.production.urls.simple.host}` }];
  });
}

// src/index/resume.ts
async function plannedUploads(dists, index, name, deps) {
  const listed = await listFiles(index.urls, name, deps, { fresh: true });
  return dists.map((d) => ({ filename: d.filename, result: listed.get(d.filename)?.sha256 === d.sha256 ? "exists" : "planned" }));
}
async function adoptStaged(built, indexes, release2, dir, deps) {
  const { staging } = indexes;
  const all = await listFiles(staging.urls, release2.name, deps, { fresh: true });
  const listed = ofVersion(all, release2.version);
  if (listed.length === 0) return built;
  const unverifiable = listed.filter((f) => f.sha256 === void 0);
  if (unverifiable.length > 0) {
    throw new ReleaseError({
      code: "FILENAME_REUSED",
      message: `${release2.name} ${release2.version} is already on the staging index (${staging.urls.simple.href}) with files it lists no sha256 for; nothing was uploaded.`,
      details: unverifiable.map((f) => `${f.filename}: on the index without a sha256`),
      hint: "The staging index holds files of this version it does not list a sha256 for, so they cannot be verified and resumed. Release a new version."
    });
  }
  const staged = listed;
  const fresh = new Map(built.map((b) => [b.filename, b]));
  const identical = staged.filter((f) => fresh.get(f.filename)?.sha256 === f.sha256);
  const others = staged.filter((f) => !identical.includes(f));
  const record = others.length > 0 ? await release2.record() : void 0;
  const unproven = others.filter((f) => record?.files.get(f.filename) !== f.sha256);
  if (unproven.length > 0) {
    const production = await listFiles(indexes.production.urls, release2.name, deps, { fresh: true });
    const taken = [...all.keys(), ...production.keys()].map(versionOf).concat(release2.taken);
    throw stagingTaken(release2, staging, unproven, fresh, record, nextFreeVersion(release2.version, taken));
  }
  for (const file of identical) deps.log.info(`${file.filename}: already staged by an earlier run, byte-identical to this build: resuming with it.`);
  const paths = [];
  for (const file of others) {
    paths.push(await download(file, path8.join(dir, "resumed"), deps, release2.maxFileSize === void 0 ? {} : { maxBytes: release2.maxFileSize }));
    const mine = fresh.get(file.filename);
    deps.log.info(`${file.filename}: staged by an earlier run of this release (${record.where} records its sha256 ${file.sha256})${mine ? `; this build made other bytes (sha256 ${mine.sha256}), so the build is not reproducible, and the recorded file is the one released` : ""}: resuming with it.`);
  }
  const adopted = paths.length > 0 ? await inspectDists(paths, release2) : [];
  const replaced = new Set(others.map((f) => f.filename));
  return [...built.filter((b) => !replaced.has(b.filename)), ...adopted];
}
function stagingTaken(release2, staging, unproven, fresh, record, next) {
  return new ReleaseError({
    code: "STAGING_TAKEN",
    message: `${release2.name} ${release2.version} is already on the staging index (${staging.urls.simple.href}) with files this run did not build and no earlier run of this release recorded; nothing was uploaded to either index.`,
    details: [
      ...unproven.map((f) => {
        const mine = fresh.get(f.filename);
        return `${f.filename}: staging has sha256 ${f.sha256}; ${mine ? `this build made sha256 ${mine.sha256}` : "this build made no such file"}`;
      }),
      record ? `${record.where} records other files: ${[...record.files].map(([file, sha]) => `${file} (sha256 ${sha})`).join(", ") || "none"}` : "no release tag on origin records the files of this version"
    ],
    hint: `A file on staging is no proof of who put it there, and an index never takes a filename twice, so ${release2.version} cannot be staged with this build's bytes. Release the next free version, ${next}: set \`version: ${next}\` (or bump from there). If the staged files are yours (an earlier run that stopped before tagging, with a build that is not reproducible), the same holds: they were never proven, and are not promoted.`
  });
}
async function stagedFromManifest(manifest2, staging, maxFileSize, dir, deps) {
  const fail = (message, details, hint) => new ReleaseError({ code: "MANIFEST_MISMATCH", message: `${message} Nothing was promoted.`, details, hint });
  if (manifest2.staging && !sameIndexUrl(manifest2.staging, staging.urls.simple)) {
    throw fail(
      `The manifest's files were staged on ${manifest2.staging}, but this job's staging index is ${staging.urls.simple.href}.`,
      [],
      "Give the promote job the same staging-url (and staging-simple-url) as the stage job."
    );
  }
  const listed = await listFiles(staging.urls, manifest2.name, deps, { fresh: true });
  const problems = [];
  for (const file of manifest2.files) {
    const there = listed.get(file.filename);
    if (!there) problems.push(`${file.filename}: not on the staging index`);
    else if (there.sha256 !== void 0 && there.sha256 !== file.sha256) {
      problems.push(`${file.filename}: the manifest says sha256 ${file.sha256}, the staging index lists ${there.sha256}`);
    }
  }
  if (problems.length > 0) {
    throw fail(
      `The staging index (${staging.urls.simple.href}) does not hold the files the manifest of ${manifest2.name} ${manifest2.version} names.`,
      problems,
      "The promote job promotes only what the stage job staged and smoke-tested. Re-run the stage job (it resumes from what is staged), then the promote job with its new manifest."
    );
  }
  const paths = [];
  for (const file of manifest2.files) {
    const there = listed.get(file.filename);
    paths.push(await download({ filename: file.filename, url: there.url, sha256: file.sha256 }, path8.join(dir, "staged"), deps, { maxBytes: maxFileSize }).catch((error2) => {
      if (isReleaseError(error2) && error2.code === "STAGING_MISMATCH") {
        throw fail(`${file.filename} on the staging index is not the file the manifest names.`, error2.details, "The staging index served other bytes than the stage job tested. Release a new version.");
      }
      throw error2;
    }));
  }
  const dists = await inspectDists(paths, { name: manifest2.name, version: manifest2.version, maxFileSize });
  const wrongSize = dists.filter((d) => d.size !== manifest2.files.find((f) => f.filename === d.filename)?.size);
  if (wrongSize.length > 0) {
    throw fail("Files on the staging index differ in size from the manifest.", wrongSize.map((d) => `${d.filename}: ${d.size} bytes`), "Pass the stage job's manifest unchanged.");
  }
  for (const d of dists) deps.log.info(`${d.filename}: staged, matches the manifest (sha256 ${d.sha256})`);
  return dists;
}

// src/version/plan.ts
import { existsSync as existsSync2 } from "node:fs";
import path10 from "node:path";

// src/version/sources.ts
import path9 from "node:path";

// src/version/locate.ts
function tomlKey(text, table2, key) {
  const line = new RegExp(`^(\\s*${escape(key)}\\s*=\\s*)(["'])([^"'\\\\]*)\\2`);
  return inSection(text, table2, (l) => {
    const header3 = /^\s*(\[\[?)([^\]]*)\]/.exec(l);
    return header3 ? header3[1] === "[[" ? "" : header3[2].replace(/[\s"']/g, "") : void 0;
  }, (l) => {
    const m = line.exec(l);
    return m ? { at: m[1].length + 1, value: m[3] } : void 0;
  }) ?? { why: `no \`${key} = "..."\` line in [${table2}]` };
}
function iniKey(text, section, key) {
  const line = new RegExp(`^(${escape(key)}\\s*[=:]\\s*)(.*?)\\s*$`);
  return inSection(text, section, (l) => /^\s*\[([^\]]*)\]/.exec(l)?.[1].trim(), (l) => {
    const m = line.exec(l.replace(/\r$/, ""));
    return m ? { at: m[1].length, value: m[2] } : void 0;
  }) ?? { why: `no \`${key} =\` in [${section}]` };
}
function inSection(text, section, headerOf, match3) {
  let current = "";
  let offset = 0;
  for (const line of text.split("\n")) {
    const header3 = headerOf(line);
    if (header3 !== void 0) {
      current = header3;
    } else if (current === section) {
      const m = match3(line);
      if (m) return { span: spanAt(text, offset + m.at, offset + m.at + m.value.length), value: m.value };
    }
    offset += line.length + 1;
  }
  return void 0;
}
function pythonAssignment(text, name) {
  const n = escape(name);
  const literal = new RegExp(`^${n}\\s*(?::[^=\\n]*)?=\\s*(['"])([^'"\\\\\\n]*)\\1`, "m").exec(text);
  if (literal) {
    const start = literal.index + literal[0].length - 1 - literal[2].length;
    return { span: spanAt(text, start, start + literal[2].length), value: literal[2] };
  }
  const other = new RegExp(`^${n}\\s*(?::[^=\\n]*)?=`, "m").exec(text);
  if (other) return { why: `${name} is not assigned a plain string literal`, line: spanAt(text, other.index, other.index).line };
  const imported = new RegExp(`^from\\s+\\.([\\w.]+)\\s+import\\s+[^\\n]*\\b${n}\\b`, "m").exec(text);
  if (imported) return { follow: imported[1], line: spanAt(text, imported.index, imported.index).line };
  return { why: `no module-level \`${name} = "..."\`` };
}
function setupKeyword(text, key) {
  const m = new RegExp(`(?<![\\w.])${escape(key)}\\s*=\\s*(?:(['"])([^'"\\\\\\n]*)\\1|([A-Za-z_]\\w*)\\b)`).exec(text);
  if (!m) return { why: `no \`${key}=\` keyword` };
  const line = spanAt(text, m.index, m.index).line;
  if (m[2] !== void 0) {
    const start = m.index + m[0].length - 1 - m[2].length;
    return { span: spanAt(text, start, start + m[2].length), value: m[2] };
  }
  const assigned = pythonAssignment(text, m[3]);
  if ("span" in assigned) return assigned;
  return { why: `\`${key}=${m[3]}\` is not a string literal in setup.py`, line };
}
function patternMatch(text, pythonPattern) {
  let source = pythonPattern;
  let flags = "md";
  const inline = /^\(\?([aiLmsux]+)\)/.exec(source);
  if (inline) {
    for (const f of inline[1]) {
      if (f === "i" || f === "s") flags += f;
      else if (f !== "m" && f !== "u") return { why: `the pattern's inline flag (?${f}) has no JavaScript equivalent` };
    }
    source = source.slice(inline[0].length);
  }
  source = source.replace(/\(\?P</g, "(?<").replace(/\(\?P=(\w+)\)/g, "\\k<$1>");
  let re;
  try {
    re = new RegExp(source, flags);
  } catch (e) {
    return { why: `the pattern is not a regular expression this action can run (${e.message})` };
  }
  const m = re.exec(text);
  if (!m) return { why: `the pattern ${pythonPattern} does not match` };
  const at = m.indices?.groups?.version;
  if (!at) return { why: "the pattern has no `(?P<version>...)` group" };
  return { span: spanAt(text, at[0], at[1]), value: m.groups.version };
}
var HATCH_DEFAULT_PATTERN = `(?i)^(__version__|VERSION) *= *(['"])v?(?P<version>.+?)\\2`;
function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/version/sources.ts
var SUPPORTED_SOURCES = "a static [project].version; [tool.poetry].version; setuptools `attr`/`file` in [tool.setuptools.dynamic] or setup.cfg; a setup.cfg or setup.py literal; [tool.hatch.version] `path` (with `pattern`); Flit's module `__version__`; [tool.pdm.version] `file`; or git tags through setuptools-scm, hatch-vcs or PDM `scm`";
async function readVersionSource(projectDir) {
  return locateVersionSource(projectDir, (relative2) => readIfExists(path9.join(projectDir, relative2)));
}
async function locateVersionSource(projectDir, read) {
  const at = (rel) => path9.join(projectDir, rel);
  const pyproject = await read("pyproject.toml");
  const doc = pyproject === void 0 ? {} : parseTomlFile(at("pyproject.toml"), pyproject);
  const project = table(doc.project);
  const tool = table(doc.tool) ?? {};
  const poetry = table(tool.poetry);
  const requires = (asArray(table(doc["build-system"])?.requires) ?? []).map((r) => String(r).toLowerCase());
  const backend = String(table(doc["build-system"])?.["build-backend"] ?? "");
  const scmRequired = requires.some((r) => /^setuptools[-_]scm\b/.test(r));
  if (project) {
    const name = typeof project.name === "string" ? project.name : void 0;
    if (!name) throw unsupported(at("pyproject.toml"), lineOf(pyproject, "[project]"), "[project] has no name.");
    if (typeof project.version === "string") {
      const edits = [tomlEdit(at("pyproject.toml"), pyproject, "project", project.version)];
      if (typeof poetry?.version === "string" && poetry.version === project.version) {
        edits.push(tomlEdit(at("pyproject.toml"), pyproject, "tool.poetry", poetry.version));
      }
      return fileSource(name, "[project].version in pyproject.toml", project.version, edits);
    }
    const dynamic2 = (asArray(project.dynamic) ?? []).includes("version");
    if (!dynamic2 && typeof poetry?.version !== "string") {
      throw unsupported(at("pyproject.toml"), lineOf(pyproject, "[project]"), "[project] has no version and does not declare it dynamic.");
    }
    return dynamicSource(name, { projectDir, read, pyproject, tool, backend, scmRequired });
  }
  if (poetry) {
    const name = typeof poetry.name === "string" ? poetry.name : void 0;
    if (name && typeof poetry.version === "string") {
      return fileSource(
        name,
        "[tool.poetry].version in pyproject.toml",
        poetry.version,
        [tomlEdit(at("pyproject.toml"), pyproject, "tool.poetry", poetry.version)]
      );
    }
  }
  const setupCfg = await read("setup.cfg");
  const setupPy = await read("setup.py");
  if (pyproject === void 0 && setupCfg === void 0 && setupPy === void 0) {
    throw new ReleaseError({
      code: "PROJECT_NOT_FOUND",
      message: `No pyproject.toml, setup.cfg or setup.py in ${projectDir}.`,
      hint: "Set `project-dir` to the folder that holds the project's pyproject.toml, and check out the repository (actions/checkout) before this step."
    });
  }
  return legacySource({ projectDir, read, setupCfg, setupPy, scmRequired, pyproject });
}
async function dynamicSource(name, c) {
  const pyprojectFile = path9.join(c.projectDir, "pyproject.toml");
  const { tool } = c;
  const poetry = table(tool.poetry);
  if (typeof poetry?.version === "string") {
    return fileSource(
      name,
      "[tool.poetry].version in pyproject.toml",
      poetry.version,
      [tomlEdit(pyprojectFile, c.pyproject, "tool.poetry", poetry.version)]
    );
  }
  const hatch = table(table(tool.hatch)?.version);
  if (hatch) {
    const line = lineOf(c.pyproject, "[tool.hatch.version]");
    const source = typeof hatch.source === "string" ? hatch.source : "regex";
    if (source === "vcs") return vcsSource(name, "hatch-vcs", pyprojectFile, line);
    if (source !== "regex" || typeof hatch.path !== "string") {
      throw unsupported(pyprojectFile, line, `[tool.hatch.version] source = "${source}" computes the version at build time, so there is no text to rewrite.`);
    }
    const pattern = typeof hatch.pattern === "string" ? hatch.pattern : HATCH_DEFAULT_PATTERN;
    const text = await mustRead(c, hatch.path, pyprojectFile, line, "[tool.hatch.version] path");
    return fromFound(name, `${hatch.path} ([tool.hatch.version] path)`, path9.join(c.projectDir, hatch.path), patternMatch(text, pattern), text);
  }
  const setuptoolsVersion = table(table(table(tool.setuptools)?.dynamic)?.version);
  if (setuptoolsVersion) {
    const line = lineOf(c.pyproject, "[tool.setuptools.dynamic]") ?? lineOf(c.pyproject, "attr");
    if (typeof setuptoolsVersion.attr === "string") {
      const roots = packageRoots(table(tool.setuptools)?.["package-dir"]);
      return attrSource(name, c, setuptoolsVersion.attr, roots, pyprojectFile, line);
    }
    const file = asArray(setuptoolsVersion.file) ?? (typeof setuptoolsVersion.file === "string" ? [setuptoolsVersion.file] : []);
    if (file.length === 1 && typeof file[0] === "string") return plainFileSource(name, c, file[0], pyprojectFile, line);
    throw unsupported(pyprojectFile, line, "[tool.setuptools.dynamic] version needs one `attr` or one `file`.");
  }
  const pdm = table(table(tool.pdm)?.version);
  if (pdm) {
    const line = lineOf(c.pyproject, "[tool.pdm.version]");
    if (pdm.source === "scm") return vcsSource(name, "pdm-scm", pyprojectFile, line);
    if (pdm.source !== "file" || typeof pdm.path !== "string") {
      throw unsupported(pyprojectFile, line, `[tool.pdm.version] source = "${String(pdm.source)}" computes the version at build time, so there is no text to rewrite.`);
    }
    const text = await mustRead(c, pdm.path, pyprojectFile, line, "[tool.pdm.version] path");
    return fromFound(
      name,
      `${pdm.path} ([tool.pdm.version] file)`,
      path9.join(c.projectDir, pdm.path),
      patternMatch(text, `__version__\\s*=\\s*["'](?P<version>.+?)["']`),
      text
    );
  }
  if (tool.setuptools_scm !== void 0 || tool["setuptools-scm"] !== void 0 || c.scmRequired) {
    return vcsSource(name, "setuptools-scm", pyprojectFile, lineOf(c.pyproject, "setuptools_scm") ?? lineOf(c.pyproject, "setuptools-scm"));
  }
  if (c.backend.startsWith("flit_core") || c.backend.startsWith("flit.")) {
    const flit = table(table(tool.flit)?.module);
    const module = typeof flit?.name === "string" ? flit.name : name.replace(/[-.]/g, "_");
    return attrSource(name, c, `${module}.__version__`, ["src", "."], pyprojectFile, lineOf(c.pyproject, "dynamic"), "Flit");
  }
  throw unsupported(
    pyprojectFile,
    lineOf(c.pyproject, "dynamic"),
    `The version is dynamic through ${c.backend || "an undeclared build backend"}, in a way this action cannot find.`
  );
}
async function legacySource(c) {
  const cfgFile = path9.join(c.projectDir, "setup.cfg");
  const pyFile = path9.join(c.projectDir, "setup.py");
  const cfgName = c.setupCfg === void 0 ? void 0 : iniKey(c.setupCfg, "metadata", "name");
  const pyName = c.setupPy === void 0 ? void 0 : setupKeyword(c.setupPy, "name");
  const name = cfgName && "value" in cfgName ? cfgName.value : pyName && "value" in pyName ? pyName.value : void 0;
  const usesScm = c.scmRequired || /\buse_scm_version\b/.test(c.setupPy ?? "");
  if (!name) {
    throw unsupported(
      c.setupCfg !== void 0 ? cfgFile : c.setupPy !== void 0 ? pyFile : path9.join(c.projectDir, "pyproject.toml"),
      void 0,
      "No project name found ([project].name, [tool.poetry].name, setup.cfg [metadata] name, or a literal `name=` in setup.py)."
    );
  }
  const cfgVersion = c.setupCfg === void 0 ? void 0 : iniKey(c.setupCfg, "metadata", "version");
  if (cfgVersion && "span" in cfgVersion) {
    const value = cfgVersion.value;
    const line = cfgVersion.span.line;
    const ctx = { projectDir: c.projectDir, read: c.read };
    if (value.startsWith("attr:")) return attrSource(name, ctx, value.slice(5).trim(), packageDirFromCfg(c.setupCfg), cfgFile, line);
    if (value.startsWith("file:")) {
      const files = value.slice(5).split(",").map((f) => f.trim()).filter(Boolean);
      if (files.length !== 1) throw unsupported(cfgFile, line, "setup.cfg `version = file:` must name exactly one file for the version to be rewritable.");
      return plainFileSource(name, ctx, files[0], cfgFile, line);
    }
    return fileSource(name, "version in setup.cfg [metadata]", value, [{ file: cfgFile, text: c.setupCfg, spans: [cfgVersion.span] }]);
  }
  if (usesScm) {
    return vcsSource(name, "setuptools-scm", c.setupPy !== void 0 && /use_scm_version/.test(c.setupPy) ? pyFile : path9.join(c.projectDir, "pyproject.toml"), void 0);
  }
  if (c.setupPy !== void 0) {
    const found = setupKeyword(c.setupPy, "version");
    return fromFound(name, "version= in setup.py", pyFile, found, c.setupPy);
  }
  throw unsupported(cfgFile, void 0, "setup.cfg [metadata] has no version, and there is no setup.py.");
}
async function attrSource(name, c, attr, roots, declaredIn, line, via = "setuptools attr") {
  const dot = attr.lastIndexOf(".");
  if (dot <= 0) throw unsupported(declaredIn, line, `\`attr: ${attr}\` does not name a module attribute (module.__version__).`);
  const modulePath = attr.slice(0, dot).split(".").join("/");
  const variable = attr.slice(dot + 1);
  const candidates = roots.flatMap((root) => [`${modulePath}.py`, `${modulePath}/__init__.py`].map((p) => path9.posix.join(root, p)));
  let relative2;
  let text;
  for (const candidate of candidates) {
    text = await c.read(candidate);
    if (text !== void 0) {
      relative2 = candidate;
      break;
    }
  }
  if (relative2 === void 0 || text === void 0) {
    throw unsupported(declaredIn, line, `The module of \`${attr}\` was not found (looked for ${candidates.join(", ")}).`);
  }
  for (let hop = 0; hop < 4; hop++) {
    const found = pythonAssignment(text, variable);
    if (!("follow" in found)) {
      return fromFound(name, `${variable} in ${relative2} (${via})`, path9.join(c.projectDir, relative2), found, text);
    }
    const base = path9.posix.dirname(relative2);
    const target = found.follow.split(".").join("/");
    const next = [`${target}.py`, `${target}/__init__.py`].map((p) => path9.posix.join(base, p));
    let moved = false;
    for (const candidate of next) {
      const t = await c.read(candidate);
      if (t !== void 0) {
        relative2 = candidate;
        text = t;
        moved = true;
        break;
      }
    }
    if (!moved) throw unsupported(path9.join(c.projectDir, relative2), found.line, `${variable} is imported from .${found.follow}, which was not found.`);
  }
  throw unsupported(path9.join(c.projectDir, relative2), void 0, `${variable} is re-exported through too many modules to follow.`);
}
async function plainFileSource(name, c, relative2, declaredIn, line) {
  const text = await mustRead(c, relative2, declaredIn, line, "the version file");
  const value = text.trim();
  const start = text.indexOf(value);
  if (value === "" || /\s/.test(value)) throw unsupported(path9.join(c.projectDir, relative2), 1, `${relative2} should hold only the version.`);
  return fileSource(name, `${relative2} (setuptools file)`, value, [{ file: path9.join(c.projectDir, relative2), text, spans: [spanAt(text, start, start + value.length)] }]);
}
function fromFound(name, describe, file, found, text) {
  if ("why" in found) throw unsupported(file, found.line, `Could not find the version in ${path9.basename(file)}: ${found.why}.`);
  return fileSource(name, describe, found.value, [{ file, text, spans: [found.span] }]);
}
function fileSource(name, describe, version, edits) {
  return { kind: "file", name, describe, version, edits, file: edits[0].file, line: edits[0].spans[0]?.line };
}
function vcsSource(name, tool, file, line) {
  return { kind: "vcs", name, tool, describe: `git tags (${tool})`, file, line };
}
function tomlEdit(file, text, tableName, parsed) {
  const found = tomlKey(text, tableName, "version");
  if ("why" in found || found.value !== parsed) {
    throw unsupported(file, lineOf(text, `[${tableName}]`), `Could not find \`version = "${parsed}"\` as a plain line in [${tableName}].`);
  }
  return { file, text, spans: [found.span] };
}
async function mustRead(c, relative2, declaredIn, line, what) {
  const text = await c.read(relative2);
  if (text === void 0) throw unsupported(declaredIn, line, `${what} ${relative2} does not exist.`);
  return text;
}
function vcsBuildEnv(source, version) {
  const dist = source.name.toUpperCase().replace(/[-_.]+/g, "_");
  if (source.tool === "pdm-scm") return { PDM_BUILD_SCM_VERSION: version };
  if (source.tool === "hatch-vcs") return { SETUPTOOLS_SCM_PRETEND_VERSION: version };
  return { [`SETUPTOOLS_SCM_PRETEND_VERSION_FOR_${dist}`]: version };
}
function packageRoots(packageDir) {
  const root = table(packageDir)?.[""];
  return [...typeof root === "string" ? [root] : [], "src", "."];
}
function packageDirFromCfg(cfg) {
  const m = /^package_dir\s*=\s*(?:\r?\n[ \t]+)?=\s*(\S+)/m.exec(cfg);
  return [...m ? [m[1]] : [], "src", "."];
}
function parseTomlFile(file, text) {
  try {
    return parse(text);
  } catch (cause) {
    const e = cause;
    throw new ReleaseError({
      code: "PROJECT_NOT_FOUND",
      message: `${file} is not valid TOML: ${e.message?.split("\n")[0] ?? String(cause)}`,
      annotation: { file, startLine: e.line, title: "Invalid TOML" },
      cause
    });
  }
}
function table(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? v : void 0;
}
function asArray(v) {
  return Array.isArray(v) ? v : void 0;
}
function lineOf(text, needle) {
  if (text === void 0) return void 0;
  const i = text.split("\n").findIndex((l) => l.includes(needle));
  return i >= 0 ? i + 1 : void 0;
}
function unsupported(file, line, message) {
  return new ReleaseError({
    code: "VERSION_SOURCE_UNSUPPORTED",
    message: `${file}${line ? `:${line}` : ""}: ${message}`,
    hint: `pypi-promote reads and rewrites the version where the build backend reads it: ${SUPPORTED_SOURCES}. See "Where your version lives" in the README for an example of each.`,
    annotation: { file, startLine: line, title: "Version not found" }
  });
}

// src/version/plan.ts
async function planVersion(request, deps) {
  const source = await readVersionSource(request.projectDir);
  const auto = request.tagPrefixAuto === true;
  const tags = await versionTags(request.projectDir, auto ? "" : request.tagPrefix, deps);
  if (source.kind === "vcs" && tags.length === 0 && request.intent.kind !== "tag") {
    const all = await listTags(request.projectDir, deps);
    if (all.length > 0) throw tagsUnmatched(all, auto ? void 0 : request.tagPrefix, source.describe);
  }
  const top = tags.reduce((best, t) => best === void 0 || compare(t.version, best.version) > 0 ? t : best, void 0);
  const tagPrefix = auto ? top && /^[vV]/.test(top.tag) ? top.tag[0] : top ? "" : request.tagPrefix : request.tagPrefix;
  let decision = decideVersion(source, request.intent, tags);
  if (request.intent.kind === "bump" && request.released) {
    const floor = [...tags.map((t) => ({ version: t.version, where: `tag ${t.tag}` })), ...await request.released(source.name)];
    const floored = decideVersion(source, request.intent, tags, floor);
    if (floored.version !== decision.version && !await request.resumes?.(decision.version, `${tagPrefix}${decision.version}`)) {
      const from = floor.find((f) => f.version === floored.previous);
      deps.log.info(`bumping from ${floored.previous} (${from?.where ?? "the highest version out"}), the highest version out, rather than from ${decision.previous || "(nothing)"}.`);
      decision = floored;
    }
  }
  const edits = source.kind === "file" ? [...source.edits] : [];
  const current = source.kind === "file" ? source.version : decision.previous;
  for (const spec of request.versionFiles) {
    const file = path10.join(request.projectDir, spec.path);
    const text = await readIfExists(file);
    if (text === void 0 || current === "") {
      throw new ReleaseError({
        code: "VERSION_FILE_MISMATCH",
        message: text === void 0 ? `version-files lists ${spec.path}, which does not exist in ${request.projectDir}; nothing was written.` : `version-files lists ${spec.path}, but there is no earlier version to look for in it (no tag names one); nothing was written.`,
        hint: "Fix the path in `version-files` (relative to project-dir), or remove the entry.",
        annotation: { file, title: "Version file not found" }
      });
    }
    edits.push(planVersionFile(file, text, spec, current));
  }
  const lock = await findUvLock(request.projectDir);
  const lockEdit = lock && planUvLock(lock.file, lock.text, source.name, lock.member);
  if (lockEdit) edits.push(lockEdit);
  const buildEnv = source.kind === "vcs" ? vcsBuildEnv(source, decision.version) : {};
  return { ...decision, name: source.name, source, edits, buildEnv, tags, tagPrefix };
}
function tagsUnmatched(all, prefix, describe) {
  const prefixes = /* @__PURE__ */ new Map();
  for (const tag of all) {
    const m = /^(.*?)(\d+(?:\.\d+)*\S*)$/.exec(tag);
    if (m && isValid(m[2])) prefixes.set(m[1], (prefixes.get(m[1]) ?? 0) + 1);
  }
  const likely = [...prefixes].sort((a, b) => b[1] - a[1])[0]?.[0];
  const shown = all.length > 10 ? [...all.slice(0, 10), `\u2026 (${all.length} in all)`] : [...all];
  return new ReleaseError({
    code: "VERSION_TAGS_UNMATCHED",
    message: `The version lives in ${describe}, but none of the repository's ${all.length} tag(s) names a version ${prefix === void 0 ? "(read as `v1.4.0` or `1.4.0`)" : `under tag-prefix '${prefix}'`}; this is not a first release, so nothing was built.`,
    details: [`tags: ${shown.join(", ")}`],
    hint: likely !== void 0 ? `Set \`tag-prefix: ${likely === "" ? "''" : likely}\`: it reads ${[...prefixes].find(([p]) => p === likely)[1]} of these tags as versions.` : "None of the tags names a PEP 440 version under any prefix: tag the last release (e.g. `git tag v1.4.0 <commit>` and push it), or give the exact `version`."
  });
}
async function findUvLock(projectDir) {
  for (let dir = path10.resolve(projectDir); ; dir = path10.dirname(dir)) {
    const file = path10.join(dir, "uv.lock");
    const text = await readIfExists(file);
    if (text !== void 0) return { file, text, member: path10.relative(dir, projectDir).split(path10.sep).join("/") || "." };
    if (existsSync2(path10.join(dir, ".git")) || path10.dirname(dir) === dir) return void 0;
  }
}

// src/release/history.ts
async function ensureHistory(projectDir, deps) {
  const run2 = (args) => runGit(projectDir, args, deps, { network: args[0] === "fetch" }).catch((error2) => ({ exitCode: 1, stdout: "", stderr: String(error2) }));
  const shallow = await run2(["rev-parse", "--is-shallow-repository"]);
  if (shallow.exitCode !== 0 || shallow.stdout.trim() !== "true") return;
  const fetched = await run2(["fetch", "--quiet", "--unshallow", "--tags", "origin"]);
  if (fetched.exitCode === 0) {
    deps.log.info("The checkout was shallow (actions/checkout fetches one commit by default): fetched its history and tags from origin, with the checkout's credentials.");
    return;
  }
  throw new ReleaseError({
    code: "SHALLOW_CHECKOUT",
    message: "The checkout is shallow (one commit, no tags), and its history and tags could not be fetched from origin; the version cannot be read safely, so nothing was built.",
    details: tail(`${fetched.stderr}
${fetched.stdout}`),
    hint: "Check out the whole history: add `fetch-depth: 0` under `with:` of the actions/checkout step."
  });
}

// src/release/tag-record.ts
var RECORD_HEADING = "Files (sha256):";
function recordFiles(message, files, run2) {
  const lines = [...files].sort((a, b) => a.filename.localeCompare(b.filename)).map((f) => `sha256:${f.sha256}  ${f.filename}`);
  return `${message.trimEnd()}

${run2 ? `Run: ${run2}
` : ""}${RECORD_HEADING}
${lines.join("\n")}
`;
}
function runId(env) {
  return env.GITHUB_RUN_ID ? `${env.GITHUB_REPOSITORY ?? ""}/${env.GITHUB_RUN_ID}` : void 0;
}
function recordedRun(message) {
  return /^Run: (\S+)$/m.exec(message)?.[1];
}
function recordedFiles(message) {
  const files = /* @__PURE__ */ new Map();
  const at = message.lastIndexOf(`
${RECORD_HEADING}
`);
  if (at < 0) return files;
  for (const line of message.slice(at).split("\n")) {
    const m = /^sha256:([0-9a-f]{64}) {2}(\S+)$/.exec(line.trim());
    if (m) files.set(m[2], m[1]);
  }
  return files;
}
async function git(projectDir, args, deps) {
  try {
    const result = await runGit(projectDir, args, deps, { network: args[0] === "ls-remote" || args[0] === "fetch" });
    return result.exitCode === 0 ? result.stdout : void 0;
  } catch {
    return void 0;
  }
}
async function readOriginTag(projectDir, tag, files, deps) {
  const listed = await git(projectDir, ["ls-remote", "--tags", "origin", `refs/tags/${tag}`], deps);
  if (!listed?.trim()) return void 0;
  if (await git(projectDir, ["fetch", "--quiet", "--no-tags", "origin", `refs/tags/${tag}`], deps) === void 0) return void 0;
  const commit = (await git(projectDir, ["rev-parse", "--verify", "--quiet", "FETCH_HEAD^{commit}"], deps))?.trim();
  if (!commit) return void 0;
  const object = (await git(projectDir, ["cat-file", "-t", "FETCH_HEAD"], deps))?.trim();
  const raw = object === "tag" ? await git(projectDir, ["cat-file", "tag", "FETCH_HEAD"], deps) ?? "" : "";
  const message = raw.includes("\n\n") ? raw.slice(raw.indexOf("\n\n") + 2).split("\n-----BEGIN ")[0] : "";
  return { tag, commit, message, ours: await isOurCommit(projectDir, commit, files, deps) };
}
async function isOurCommit(projectDir, commit, files, deps) {
  const head = (await git(projectDir, ["rev-parse", "HEAD"], deps))?.trim();
  if (!head) return false;
  if (commit === head) return true;
  const parent = (await git(projectDir, ["rev-parse", "--verify", "--quiet", `${commit}^1`], deps))?.trim();
  if (parent !== head) return false;
  if (files === void 0) return true;
  if (files.length === 0) return false;
  const changed = (await git(projectDir, ["diff", "--name-only", "-z", head, commit], deps))?.split("\0").filter(Boolean);
  const top = (await git(projectDir, ["rev-parse", "--show-toplevel"], deps))?.trim();
  if (!changed || !top) return false;
  const ours = new Set(files.map((f) => relativeTo(top, f)));
  if (!changed.every((f) => ours.has(f))) return false;
  return await git(projectDir, ["diff", "--quiet", commit, "--", ...files], deps) !== void 0;
}
function relativeTo(top, file) {
  const normal = (p) => p.replaceAll("\\", "/").replace(/\/+$/, "");
  const root = `${normal(top)}/`;
  const f = normal(file);
  return f.startsWith(root) ? f.slice(root.length) : f;
}
async function refuseTagElsewhere(projectDir, tag, files, deps) {
  const found = await readOriginTag(projectDir, tag, files, deps);
  if (!found || found.ours) return;
  const head = (await git(projectDir, ["rev-parse", "HEAD"], deps))?.trim() ?? "(unknown)";
  throw new ReleaseError({
    code: "TAG_ELSEWHERE",
    message: `The tag ${tag} is already on origin, at commit ${found.commit}, not at the commit this run built (${head}, or its release commit); nothing was uploaded.`,
    hint: `A tag names one release. If ${tag} is stale (made by hand, or left by a release that never reached production), delete it on origin (\`git push origin :refs/tags/${tag}\`) and run again; otherwise release another version (bump again, or set \`version\`).`
  });
}
async function pushedByTwin(projectDir, tag, files, deps) {
  const found = await readOriginTag(projectDir, tag, void 0, deps);
  if (!found) return void 0;
  const recorded = recordedFiles(found.message);
  const same = recorded.size === files.length && files.every((f) => recorded.get(f.filename) === f.sha256);
  if (!same) return void 0;
  const tree = (ref) => git(projectDir, ["rev-parse", `${ref}^{tree}`], deps).then((t) => t?.trim());
  const [theirs, ours] = await Promise.all([tree(found.commit), tree("HEAD")]);
  return theirs !== void 0 && theirs === ours ? found : void 0;
}

// src/http/read-credentials.ts
function withReadCredentials(dispatcher, authorize) {
  return dispatcher.compose((dispatch) => (opts, handler) => {
    if ((opts.method ?? "GET") !== "GET" || opts.origin === void 0) return dispatch(opts, handler);
    const headers = plainHeaders(opts.headers);
    if (headers.authorization !== void 0) return dispatch(opts, handler);
    const authorization = authorize(new URL(opts.path, opts.origin));
    if (authorization === void 0) return dispatch(opts, handler);
    return dispatch({ ...opts, headers: { ...headers, authorization } }, handler);
  });
}
function plainHeaders(headers) {
  if (headers === void 0 || headers === null) return {};
  if (Array.isArray(headers)) {
    const out = {};
    for (let i = 0; i + 1 < headers.length; i += 2) out[String(headers[i]).toLowerCase()] = String(headers[i + 1]);
    return out;
  }
  if (Symbol.iterator in headers) return Object.fromEntries([...headers].map(([k, v]) => [k.toLowerCase(), v]));
  return headers;
}

// src/run/context.ts
function openRun(config, runner, workDir) {
  const readAuthorization = readCredentials([config.staging, config.production], runner.secret);
  const deps = { ...runner, passEnv: config.passEnv, ...readAuthorization && { dispatcher: withReadCredentials(runner.dispatcher, readAuthorization) } };
  const stages = [];
  let interpreter;
  const run2 = {
    config,
    deps,
    workDir,
    stages,
    async stage(name, fn) {
      const start = deps.now();
      try {
        return await deps.log.group(name, fn);
      } finally {
        stages.push({ name, ms: deps.now() - start });
      }
    },
    python: () => interpreter ??= findPython(run2.config.python, deps).then((p) => {
      deps.log.info(`Python ${p.version} at ${p.executable}`);
      return p;
    })
  };
  return run2;
}
function writesGit(config) {
  return config.git !== "none" && config.from.kind === "project" && config.from.intent.kind !== "tag" && (config.mode !== "promote" || config.manifest?.source === "project");
}

// src/run/prepare.ts
import fs13 from "node:fs/promises";
import path22 from "node:path";

// src/build/frontend.ts
import { createHash as createHash5 } from "node:crypto";
import fs8 from "node:fs/promises";
import path17 from "node:path";

// src/dists/find.ts
import { readdir as readdir2 } from "node:fs/promises";
import { join as join4, resolve as resolve3 } from "node:path";

// node_modules/@actions/glob/lib/internal-globber.js
import * as fs6 from "fs";

// node_modules/@actions/glob/lib/internal-glob-options-helper.js
function getOptions(copy) {
  const result = {
    followSymbolicLinks: true,
    implicitDescendants: true,
    matchDirectories: true,
    omitBrokenSymbolicLinks: true,
    excludeHiddenFiles: false
  };
  if (copy) {
    if (typeof copy.followSymbolicLinks === "boolean") {
      result.followSymbolicLinks = copy.followSymbolicLinks;
      debug(`followSymbolicLinks '${result.followSymbolicLinks}'`);
    }
    if (typeof copy.implicitDescendants === "boolean") {
      result.implicitDescendants = copy.implicitDescendants;
      debug(`implicitDescendants '${result.implicitDescendants}'`);
    }
    if (typeof copy.matchDirectories === "boolean") {
      result.matchDirectories = copy.matchDirectories;
      debug(`matchDirectories '${result.matchDirectories}'`);
    }
    if (typeof copy.omitBrokenSymbolicLinks === "boolean") {
      result.omitBrokenSymbolicLinks = copy.omitBrokenSymbolicLinks;
      debug(`omitBrokenSymbolicLinks '${result.omitBrokenSymbolicLinks}'`);
    }
    if (typeof copy.excludeHiddenFiles === "boolean") {
      result.excludeHiddenFiles = copy.excludeHiddenFiles;
      debug(`excludeHiddenFiles '${result.excludeHiddenFiles}'`);
    }
  }
  return result;
}

// node_modules/@actions/glob/lib/internal-globber.js
import * as path15 from "path";

// node_modules/@actions/glob/lib/internal-path-helper.js
import * as path11 from "path";
import assert from "assert";
var IS_WINDOWS3 = process.platform === "win32";
function dirname4(p) {
  p = safeTrimTrailingSeparator(p);
  if (IS_WINDOWS3 && /^\\\\[^\\]+(\\[^\\]+)?$/.test(p)) {
    return p;
  }
  let result = path11.dirname(p);
  if (IS_WINDOWS3 && /^\\\\[^\\]+\\[^\\]+\\$/.test(result)) {
    result = safeTrimTrailingSeparator(result);
  }
  return result;
}
function ensureAbsoluteRoot(root, itemPath) {
  assert(root, `ensureAbsoluteRoot parameter 'root' must not be empty`);
  assert(itemPath, `ensureAbsoluteRoot parameter 'itemPath' must not be empty`);
  if (hasAbsoluteRoot(itemPath)) {
    return itemPath;
  }
  if (IS_WINDOWS3) {
    if (itemPath.match(/^[A-Z]:[^\\/]|^[A-Z]:$/i)) {
      let cwd = process.cwd();
      assert(cwd.match(/^[A-Z]:\\/i), `Expected current directory to start with an absolute drive root. Actual '${cwd}'`);
      if (itemPath[0].toUpperCase() === cwd[0].toUpperCase()) {
        if (itemPath.length === 2) {
          return `${itemPath[0]}:\\${cwd.substr(3)}`;
        } else {
          if (!cwd.endsWith("\\")) {
            cwd += "\\";
          }
          return `${itemPath[0]}:\\${cwd.substr(3)}${itemPath.substr(2)}`;
        }
      } else {
        return `${itemPath[0]}:\\${itemPath.substr(2)}`;
      }
    } else if (normalizeSeparators2(itemPath).match(/^\\$|^\\[^\\]/)) {
      const cwd = process.cwd();
      assert(cwd.match(/^[A-Z]:\\/i), `Expected current directory to start with an absolute drive root. Actual '${cwd}'`);
      return `${cwd[0]}:\\${itemPath.substr(1)}`;
    }
  }
  assert(hasAbsoluteRoot(root), `ensureAbsoluteRoot parameter 'root' must have an absolute root`);
  if (root.endsWith("/") || IS_WINDOWS3 && root.endsWith("\\")) {
  } else {
    root += path11.sep;
  }
  return root + itemPath;
}
function hasAbsoluteRoot(itemPath) {
  assert(itemPath, `hasAbsoluteRoot parameter 'itemPath' must not be empty`);
  itemPath = normalizeSeparators2(itemPath);
  if (IS_WINDOWS3) {
    return itemPath.startsWith("\\\\") || /^[A-Z]:\\/i.test(itemPath);
  }
  return itemPath.startsWith("/");
}
function hasRoot(itemPath) {
  assert(itemPath, `isRooted parameter 'itemPath' must not be empty`);
  itemPath = normalizeSeparators2(itemPath);
  if (IS_WINDOWS3) {
    return itemPath.startsWith("\\") || /^[A-Z]:/i.test(itemPath);
  }
  return itemPath.startsWith("/");
}
function normalizeSeparators2(p) {
  p = p || "";
  if (IS_WINDOWS3) {
    p = p.replace(/\//g, "\\");
    const isUnc = /^\\\\+[^\\]/.test(p);
    return (isUnc ? "\\" : "") + p.replace(/\\\\+/g, "\\");
  }
  return p.replace(/\/\/+/g, "/");
}
function safeTrimTrailingSeparator(p) {
  if (!p) {
    return "";
  }
  p = normalizeSeparators2(p);
  if (!p.endsWith(path11.sep)) {
    return p;
  }
  if (p === path11.sep) {
    return p;
  }
  if (IS_WINDOWS3 && /^[A-Z]:\\$/i.test(p)) {
    return p;
  }
  return p.substr(0, p.length - 1);
}

// node_modules/@actions/glob/lib/internal-match-kind.js
var MatchKind;
(function(MatchKind2) {
  MatchKind2[MatchKind2["None"] = 0] = "None";
  MatchKind2[MatchKind2["Directory"] = 1] = "Directory";
  MatchKind2[MatchKind2["File"] = 2] = "File";
  MatchKind2[MatchKind2["All"] = 3] = "All";
})(MatchKind || (MatchKind = {}));

// node_modules/@actions/glob/lib/internal-pattern-helper.js
var IS_WINDOWS4 = process.platform === "win32";
function getSearchPaths(patterns) {
  patterns = patterns.filter((x) => !x.negate);
  const searchPathMap = {};
  for (const pattern of patterns) {
    const key = IS_WINDOWS4 ? pattern.searchPath.toUpperCase() : pattern.searchPath;
    searchPathMap[key] = "candidate";
  }
  const result = [];
  for (const pattern of patterns) {
    const key = IS_WINDOWS4 ? pattern.searchPath.toUpperCase() : pattern.searchPath;
    if (searchPathMap[key] === "included") {
      continue;
    }
    let foundAncestor = false;
    let tempKey = key;
    let parent = dirname4(tempKey);
    while (parent !== tempKey) {
      if (searchPathMap[parent]) {
        foundAncestor = true;
        break;
      }
      tempKey = parent;
      parent = dirname4(tempKey);
    }
    if (!foundAncestor) {
      result.push(pattern.searchPath);
      searchPathMap[key] = "included";
    }
  }
  return result;
}
function match(patterns, itemPath) {
  let result = MatchKind.None;
  for (const pattern of patterns) {
    if (pattern.negate) {
      result &= ~pattern.match(itemPath);
    } else {
      result |= pattern.match(itemPath);
    }
  }
  return result;
}
function partialMatch(patterns, itemPath) {
  return patterns.some((x) => !x.negate && x.partialMatch(itemPath));
}

// node_modules/@actions/glob/lib/internal-pattern.js
import * as os6 from "os";
import * as path14 from "path";
import assert3 from "assert";

// node_modules/@actions/glob/node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/@actions/glob/node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open5 = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open5.push(i);
    } else if (c === 125 && open5.length) {
      open5.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open5.length; i++) {
    const at = open5[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail2 = str.split(",");
      tail2[0] = carry + tail2[0];
      pushAll(parts, tail2);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options2 = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options2.max, EXPANSION_MAX);
  const maxLength = bound(options2.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options2.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options2.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options2.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values2, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix = acc[a] + pre;
    let vs = values2;
    if (dropEmpties && !prefix) {
      if (!nonEmpty)
        nonEmpty = values2.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values2;
    if (isSequence) {
      values2 = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values2) {
        return literal();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values2 = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values2.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values2.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values2, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/@actions/glob/node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/@actions/glob/node_modules/minimatch/dist/esm/brace-expressions.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}", true],
  "[:alpha:]": ["\\p{L}\\p{Nl}", true],
  "[:ascii:]": ["\\x00-\\x7f", false],
  "[:blank:]": ["\\p{Zs}\\t", true],
  "[:cntrl:]": ["\\p{Cc}", true],
  "[:digit:]": ["\\p{Nd}", true],
  "[:graph:]": ["\\p{Z}\\p{C}", true, true],
  "[:lower:]": ["\\p{Ll}", true],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}", true],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f", true],
  "[:upper:]": ["\\p{Lu}", true],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}", true],
  "[:xdigit:]": ["A-Fa-f0-9", false]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var rangesToString = (ranges) => ranges.join("");
var parseClass = (glob, position) => {
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let uflag = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = glob.charAt(i);
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return ["$.", false, glob.length - pos, true];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          uflag = uflag || u;
          continue WHILE;
        }
      }
    }
    escaping = false;
    if (rangeStart) {
      if (c > rangeStart) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(c));
      } else if (c === rangeStart) {
        ranges.push(braceEscape(c));
      }
      rangeStart = "";
      i++;
      continue;
    }
    if (glob.startsWith("-]", i + 1)) {
      ranges.push(braceEscape(c + "-"));
      i += 2;
      continue;
    }
    if (glob.startsWith("-", i + 1)) {
      rangeStart = c;
      i += 2;
      continue;
    }
    ranges.push(braceEscape(c));
    i++;
  }
  if (endPos < i) {
    return ["", false, 0, false];
  }
  if (!ranges.length && !negs.length) {
    return ["$.", false, glob.length - pos, true];
  }
  if (negs.length === 0 && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
    const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
    return [regexpEscape(r), false, endPos - pos, false];
  }
  const sranges = "[" + (negate ? "^" : "") + rangesToString(ranges) + "]";
  const snegs = "[" + (negate ? "" : "^") + rangesToString(negs) + "]";
  const comb = ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs;
  return [comb, uflag, endPos - pos, true];
};

// node_modules/@actions/glob/node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/@actions/glob/node_modules/minimatch/dist/esm/ast.js
var _a;
var types = /* @__PURE__ */ new Set(["!", "?", "+", "*", "@"]);
var isExtglobType = (c) => types.has(c);
var isExtglobAST = (c) => isExtglobType(c.type);
var adoptionMap = /* @__PURE__ */ new Map([
  ["!", ["@"]],
  ["?", ["?", "@"]],
  ["@", ["@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@"]]
]);
var adoptionWithSpaceMap = /* @__PURE__ */ new Map([
  ["!", ["?"]],
  ["@", ["?"]],
  ["+", ["?", "*"]]
]);
var adoptionAnyMap = /* @__PURE__ */ new Map([
  ["!", ["?", "@"]],
  ["?", ["?", "@"]],
  ["@", ["?", "@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@", "?", "*"]]
]);
var usurpMap = /* @__PURE__ */ new Map([
  ["!", /* @__PURE__ */ new Map([["!", "@"]])],
  [
    "?",
    /* @__PURE__ */ new Map([
      ["*", "*"],
      ["+", "*"]
    ])
  ],
  [
    "@",
    /* @__PURE__ */ new Map([
      ["!", "!"],
      ["?", "?"],
      ["@", "@"],
      ["*", "*"],
      ["+", "+"]
    ])
  ],
  [
    "+",
    /* @__PURE__ */ new Map([
      ["?", "*"],
      ["*", "*"]
    ])
  ]
]);
var startNoTraversal = "(?!(?:^|/)\\.\\.?(?:$|/))";
var startNoDot = "(?!\\.)";
var addPatternStart = /* @__PURE__ */ new Set(["[", "."]);
var justDots = /* @__PURE__ */ new Set(["..", "."]);
var reSpecials = new Set("().*{}+?[]^$\\!");
var regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var qmark = "[^/]";
var star = qmark + "*?";
var starNoEmpty = qmark + "+?";
var ID = 0;
var AST = class {
  type;
  #root;
  #hasMagic;
  #uflag = false;
  #parts = [];
  #parent;
  #parentIndex;
  #negs;
  #filledNegs = false;
  #options;
  #toString;
  // set to true if it's an extglob with no children
  // (which really means one child of '')
  #emptyExt = false;
  id = ++ID;
  get depth() {
    return (this.#parent?.depth ?? -1) + 1;
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return {
      "@@type": "AST",
      id: this.id,
      type: this.type,
      root: this.#root.id,
      parent: this.#parent?.id,
      depth: this.depth,
      partsLength: this.#parts.length,
      parts: this.#parts
    };
  }
  constructor(type, parent, options2 = {}) {
    this.type = type;
    if (type)
      this.#hasMagic = true;
    this.#parent = parent;
    this.#root = this.#parent ? this.#parent.#root : this;
    this.#options = this.#root === this ? options2 : this.#root.#options;
    this.#negs = this.#root === this ? [] : this.#root.#negs;
    if (type === "!" && !this.#root.#filledNegs)
      this.#negs.push(this);
    this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
  }
  get hasMagic() {
    if (this.#hasMagic !== void 0)
      return this.#hasMagic;
    for (const p of this.#parts) {
      if (typeof p === "string")
        continue;
      if (p.type || p.hasMagic)
        return this.#hasMagic = true;
    }
    return this.#hasMagic;
  }
  // reconstructs the pattern
  toString() {
    return this.#toString !== void 0 ? this.#toString : !this.type ? this.#toString = this.#parts.map((p) => String(p)).join("") : this.#toString = this.type + "(" + this.#parts.map((p) => String(p)).join("|") + ")";
  }
  #fillNegs() {
    if (this !== this.#root)
      throw new Error("should only call on root");
    if (this.#filledNegs)
      return this;
    this.toString();
    this.#filledNegs = true;
    let n;
    while (n = this.#negs.pop()) {
      if (n.type !== "!")
        continue;
      let p = n;
      let pp = p.#parent;
      while (pp) {
        for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
          for (const part of n.#parts) {
            if (typeof part === "string") {
              throw new Error("string part in extglob AST??");
            }
            part.copyIn(pp.#parts[i]);
          }
        }
        p = pp;
        pp = p.#parent;
      }
    }
    return this;
  }
  push(...parts) {
    for (const p of parts) {
      if (p === "")
        continue;
      if (typeof p !== "string" && !(p instanceof _a && p.#parent === this)) {
        throw new Error("invalid part: " + p);
      }
      this.#parts.push(p);
    }
  }
  toJSON() {
    const ret = this.type === null ? this.#parts.slice().map((p) => typeof p === "string" ? p : p.toJSON()) : [this.type, ...this.#parts.map((p) => p.toJSON())];
    if (this.isStart() && !this.type)
      ret.unshift([]);
    if (this.isEnd() && (this === this.#root || this.#root.#filledNegs && this.#parent?.type === "!")) {
      ret.push({});
    }
    return ret;
  }
  isStart() {
    if (this.#root === this)
      return true;
    if (!this.#parent?.isStart())
      return false;
    if (this.#parentIndex === 0)
      return true;
    const p = this.#parent;
    for (let i = 0; i < this.#parentIndex; i++) {
      const pp = p.#parts[i];
      if (!(pp instanceof _a && pp.type === "!")) {
        return false;
      }
    }
    return true;
  }
  isEnd() {
    if (this.#root === this)
      return true;
    if (this.#parent?.type === "!")
      return true;
    if (!this.#parent?.isEnd())
      return false;
    if (!this.type)
      return this.#parent?.isEnd();
    const pl = this.#parent ? this.#parent.#parts.length : 0;
    return this.#parentIndex === pl - 1;
  }
  copyIn(part) {
    if (typeof part === "string")
      this.push(part);
    else
      this.push(part.clone(this));
  }
  clone(parent) {
    const c = new _a(this.type, parent);
    for (const p of this.#parts) {
      c.copyIn(p);
    }
    return c;
  }
  static #parseAST(str, ast, pos, opt, extDepth) {
    const maxDepth = opt.maxExtglobRecursion ?? 2;
    let escaping = false;
    let inBrace = false;
    let braceStart = -1;
    let braceNeg = false;
    if (ast.type === null) {
      let i2 = pos;
      let acc2 = "";
      while (i2 < str.length) {
        const c = str.charAt(i2++);
        if (escaping || c === "\\") {
          escaping = !escaping;
          acc2 += c;
          continue;
        }
        if (inBrace) {
          if (i2 === braceStart + 1) {
            if (c === "^" || c === "!") {
              braceNeg = true;
            }
          } else if (c === "]" && !(i2 === braceStart + 2 && braceNeg)) {
            inBrace = false;
          }
          acc2 += c;
          continue;
        } else if (c === "[") {
          inBrace = true;
          braceStart = i2;
          braceNeg = false;
          acc2 += c;
          continue;
        }
        const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i2) === "(" && extDepth <= maxDepth;
        if (doRecurse) {
          ast.push(acc2);
          acc2 = "";
          const ext2 = new _a(c, ast);
          i2 = _a.#parseAST(str, ext2, i2, opt, extDepth + 1);
          ast.push(ext2);
          continue;
        }
        acc2 += c;
      }
      ast.push(acc2);
      return i2;
    }
    let i = pos + 1;
    let part = new _a(null, ast);
    const parts = [];
    let acc = "";
    while (i < str.length) {
      const c = str.charAt(i++);
      if (escaping || c === "\\") {
        escaping = !escaping;
        acc += c;
        continue;
      }
      if (inBrace) {
        if (i === braceStart + 1) {
          if (c === "^" || c === "!") {
            braceNeg = true;
          }
        } else if (c === "]" && !(i === braceStart + 2 && braceNeg)) {
          inBrace = false;
        }
        acc += c;
        continue;
      } else if (c === "[") {
        inBrace = true;
        braceStart = i;
        braceNeg = false;
        acc += c;
        continue;
      }
      const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i) === "(" && /* c8 ignore start - the maxDepth is sufficient here */
      (extDepth <= maxDepth || ast && ast.#canAdoptType(c));
      if (doRecurse) {
        const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
        part.push(acc);
        acc = "";
        const ext2 = new _a(c, part);
        part.push(ext2);
        i = _a.#parseAST(str, ext2, i, opt, extDepth + depthAdd);
        continue;
      }
      if (c === "|") {
        part.push(acc);
        acc = "";
        parts.push(part);
        part = new _a(null, ast);
        continue;
      }
      if (c === ")") {
        if (acc === "" && ast.#parts.length === 0) {
          ast.#emptyExt = true;
        }
        part.push(acc);
        acc = "";
        ast.push(...parts, part);
        return i;
      }
      acc += c;
    }
    ast.type = null;
    ast.#hasMagic = void 0;
    ast.#parts = [str.substring(pos - 1)];
    return i;
  }
  #canAdoptWithSpace(child2) {
    return this.#canAdopt(child2, adoptionWithSpaceMap);
  }
  #canAdopt(child2, map = adoptionMap) {
    if (!child2 || typeof child2 !== "object" || child2.type !== null || child2.#parts.length !== 1 || this.type === null) {
      return false;
    }
    const gc = child2.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canAdoptType(gc.type, map);
  }
  #canAdoptType(c, map = adoptionAnyMap) {
    return !!map.get(this.type)?.includes(c);
  }
  #adoptWithSpace(child2, index) {
    const gc = child2.#parts[0];
    const blank = new _a(null, gc, this.options);
    blank.#parts.push("");
    gc.push(blank);
    this.#adopt(child2, index);
  }
  #adopt(child2, index) {
    const gc = child2.#parts[0];
    this.#parts.splice(index, 1, ...gc.#parts);
    for (const p of gc.#parts) {
      if (typeof p === "object")
        p.#parent = this;
    }
    this.#toString = void 0;
  }
  #canUsurpType(c) {
    const m = usurpMap.get(this.type);
    return !!m?.has(c);
  }
  #canUsurp(child2) {
    if (!child2 || typeof child2 !== "object" || child2.type !== null || child2.#parts.length !== 1 || this.type === null || this.#parts.length !== 1) {
      return false;
    }
    const gc = child2.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canUsurpType(gc.type);
  }
  #usurp(child2) {
    const m = usurpMap.get(this.type);
    const gc = child2.#parts[0];
    const nt = m?.get(gc.type);
    if (!nt)
      return false;
    this.#parts = gc.#parts;
    for (const p of this.#parts) {
      if (typeof p === "object") {
        p.#parent = this;
      }
    }
    this.type = nt;
    this.#toString = void 0;
    this.#emptyExt = false;
  }
  static fromGlob(pattern, options2 = {}) {
    const ast = new _a(null, void 0, options2);
    _a.#parseAST(pattern, ast, 0, options2, 0);
    return ast;
  }
  // returns the regular expression if there's magic, or the unescaped
  // string if not.
  toMMPattern() {
    if (this !== this.#root)
      return this.#root.toMMPattern();
    const glob = this.toString();
    const [re, body, hasMagic, uflag] = this.toRegExpSource();
    const anyMagic = hasMagic || this.#hasMagic || this.#options.nocase && !this.#options.nocaseMagicOnly && glob.toUpperCase() !== glob.toLowerCase();
    if (!anyMagic) {
      return body;
    }
    const flags = (this.#options.nocase ? "i" : "") + (uflag ? "u" : "");
    return Object.assign(new RegExp(`^${re}$`, flags), {
      _src: re,
      _glob: glob
    });
  }
  get options() {
    return this.#options;
  }
  // returns the string match, the regexp source, whether there's magic
  // in the regexp (so a regular expression is required) and whether or
  // not the uflag is needed for the regular expression (for posix classes)
  // TODO: instead of injecting the start/end at this point, just return
  // the BODY of the regexp, along with the start/end portions suitable
  // for binding the start/end in either a joined full-path makeRe context
  // (where we bind to (^|/), or a standalone matchPart context (where
  // we bind to ^, and not /).  Otherwise slashes get duped!
  //
  // In part-matching mode, the start is:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: ^(?!\.\.?$)
  // - if dots allowed or not possible: ^
  // - if dots possible and not allowed: ^(?!\.)
  // end is:
  // - if not isEnd(): nothing
  // - else: $
  //
  // In full-path matching mode, we put the slash at the START of the
  // pattern, so start is:
  // - if first pattern: same as part-matching mode
  // - if not isStart(): nothing
  // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
  // - if dots allowed or not possible: /
  // - if dots possible and not allowed: /(?!\.)
  // end is:
  // - if last pattern, same as part-matching mode
  // - else nothing
  //
  // Always put the (?:$|/) on negated tails, though, because that has to be
  // there to bind the end of the negated pattern portion, and it's easier to
  // just stick it in now rather than try to inject it later in the middle of
  // the pattern.
  //
  // We can just always return the same end, and leave it up to the caller
  // to know whether it's going to be used joined or in parts.
  // And, if the start is adjusted slightly, can do the same there:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
  // - if dots allowed or not possible: (?:/|^)
  // - if dots possible and not allowed: (?:/|^)(?!\.)
  //
  // But it's better to have a simpler binding without a conditional, for
  // performance, so probably better to return both start options.
  //
  // Then the caller just ignores the end if it's not the first pattern,
  // and the start always gets applied.
  //
  // But that's always going to be $ if it's the ending pattern, or nothing,
  // so the caller can just attach $ at the end of the pattern when building.
  //
  // So the todo is:
  // - better detect what kind of start is needed
  // - return both flavors of starting pattern
  // - attach $ at the end of the pattern when creating the actual RegExp
  //
  // Ah, but wait, no, that all only applies to the root when the first pattern
  // is not an extglob. If the first pattern IS an extglob, then we need all
  // that dot prevention biz to live in the extglob portions, because eg
  // +(*|.x*) can match .xy but not .yx.
  //
  // So, return the two flavors if it's #root and the first child is not an
  // AST, otherwise leave it to the child AST to handle it, and there,
  // use the (?:^|/) style of start binding.
  //
  // Even simplified further:
  // - Since the start for a join is eg /(?!\.) and the start for a part
  // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
  // or start or whatever) and prepend ^ or / at the Regexp construction.
  toRegExpSource(allowDot) {
    const dot = allowDot ?? !!this.#options.dot;
    if (this.#root === this) {
      this.#flatten();
      this.#fillNegs();
    }
    if (!isExtglobAST(this)) {
      const noEmpty = this.isStart() && this.isEnd() && !this.#parts.some((s) => typeof s !== "string");
      const src = this.#parts.map((p) => {
        const [re, _, hasMagic, uflag] = typeof p === "string" ? _a.#parseGlob(p, this.#hasMagic, noEmpty) : p.toRegExpSource(allowDot);
        this.#hasMagic = this.#hasMagic || hasMagic;
        this.#uflag = this.#uflag || uflag;
        return re;
      }).join("");
      let start2 = "";
      if (this.isStart()) {
        if (typeof this.#parts[0] === "string") {
          const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
          if (!dotTravAllowed) {
            const aps = addPatternStart;
            const needNoTrav = (
              // dots are allowed, and the pattern starts with [ or .
              dot && aps.has(src.charAt(0)) || // the pattern starts with \., and then [ or .
              src.startsWith("\\.") && aps.has(src.charAt(2)) || // the pattern starts with \.\., and then [ or .
              src.startsWith("\\.\\.") && aps.has(src.charAt(4))
            );
            const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
            start2 = needNoTrav ? startNoTraversal : needNoDot ? startNoDot : "";
          }
        }
      }
      let end = "";
      if (this.isEnd() && this.#root.#filledNegs && this.#parent?.type === "!") {
        end = "(?:$|\\/)";
      }
      const final2 = start2 + src + end;
      return [
        final2,
        unescape(src),
        this.#hasMagic = !!this.#hasMagic,
        this.#uflag
      ];
    }
    const repeated = this.type === "*" || this.type === "+";
    const start = this.type === "!" ? "(?:(?!(?:" : "(?:";
    let body = this.#partsToRegExp(dot);
    if (this.isStart() && this.isEnd() && !body && this.type !== "!") {
      const s = this.toString();
      const me = this;
      me.#parts = [s];
      me.type = null;
      me.#hasMagic = void 0;
      return [s, unescape(this.toString()), false, false];
    }
    let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ? "" : this.#partsToRegExp(true);
    if (bodyDotAllowed === body) {
      bodyDotAllowed = "";
    }
    if (bodyDotAllowed) {
      body = `(?:${body})(?:${bodyDotAllowed})*?`;
    }
    let final = "";
    if (this.type === "!" && this.#emptyExt) {
      final = (this.isStart() && !dot ? startNoDot : "") + starNoEmpty;
    } else {
      const close = this.type === "!" ? (
        // !() must match something,but !(x) can match ''
        "))" + (this.isStart() && !dot && !allowDot ? startNoDot : "") + star + ")"
      ) : this.type === "@" ? ")" : this.type === "?" ? ")?" : this.type === "+" && bodyDotAllowed ? ")" : this.type === "*" && bodyDotAllowed ? `)?` : `)${this.type}`;
      final = start + body + close;
    }
    return [
      final,
      unescape(body),
      this.#hasMagic = !!this.#hasMagic,
      this.#uflag
    ];
  }
  #flatten() {
    if (!isExtglobAST(this)) {
      for (const p of this.#parts) {
        if (typeof p === "object") {
          p.#flatten();
        }
      }
    } else {
      let iterations = 0;
      let done = false;
      do {
        done = true;
        for (let i = 0; i < this.#parts.length; i++) {
          const c = this.#parts[i];
          if (typeof c === "object") {
            c.#flatten();
            if (this.#canAdopt(c)) {
              done = false;
              this.#adopt(c, i);
            } else if (this.#canAdoptWithSpace(c)) {
              done = false;
              this.#adoptWithSpace(c, i);
            } else if (this.#canUsurp(c)) {
              done = false;
              this.#usurp(c);
            }
          }
        }
      } while (!done && ++iterations < 10);
    }
    this.#toString = void 0;
  }
  #partsToRegExp(dot) {
    return this.#parts.map((p) => {
      if (typeof p === "string") {
        throw new Error("string type in extglob ast??");
      }
      const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
      this.#uflag = this.#uflag || uflag;
      return re;
    }).filter((p) => !(this.isStart() && this.isEnd()) || !!p).join("|");
  }
  static #parseGlob(glob, hasMagic, noEmpty = false) {
    let escaping = false;
    let re = "";
    let uflag = false;
    let inStar = false;
    for (let i = 0; i < glob.length; i++) {
      const c = glob.charAt(i);
      if (escaping) {
        escaping = false;
        re += (reSpecials.has(c) ? "\\" : "") + c;
        continue;
      }
      if (c === "*") {
        if (inStar)
          continue;
        inStar = true;
        re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
        hasMagic = true;
        continue;
      } else {
        inStar = false;
      }
      if (c === "\\") {
        if (i === glob.length - 1) {
          re += "\\\\";
        } else {
          escaping = true;
        }
        continue;
      }
      if (c === "[") {
        const [src, needUflag, consumed2, magic] = parseClass(glob, i);
        if (consumed2) {
          re += src;
          uflag = uflag || needUflag;
          i += consumed2 - 1;
          hasMagic = hasMagic || magic;
          continue;
        }
      }
      if (c === "?") {
        re += qmark;
        hasMagic = true;
        continue;
      }
      re += regExpEscape(c);
    }
    return [re, unescape(glob), !!hasMagic, uflag];
  }
};
_a = AST;

// node_modules/@actions/glob/node_modules/minimatch/dist/esm/escape.js
var escape2 = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&");
  }
  return windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
};

// node_modules/@actions/glob/node_modules/minimatch/dist/esm/index.js
var minimatch = (p, pattern, options2 = {}) => {
  assertValidPattern(pattern);
  if (!options2.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return new Minimatch(pattern, options2).match(p);
};
var starDotExtRE = /^\*+([^+@!?*[(]*)$/;
var starDotExtTest = (ext2) => (f) => !f.startsWith(".") && f.endsWith(ext2);
var starDotExtTestDot = (ext2) => (f) => f.endsWith(ext2);
var starDotExtTestNocase = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => !f.startsWith(".") && f.toLowerCase().endsWith(ext2);
};
var starDotExtTestNocaseDot = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => f.toLowerCase().endsWith(ext2);
};
var starDotStarRE = /^\*+\.\*+$/;
var starDotStarTest = (f) => !f.startsWith(".") && f.includes(".");
var starDotStarTestDot = (f) => f !== "." && f !== ".." && f.includes(".");
var dotStarRE = /^\.\*+$/;
var dotStarTest = (f) => f !== "." && f !== ".." && f.startsWith(".");
var starRE = /^\*+$/;
var starTest = (f) => f.length !== 0 && !f.startsWith(".");
var starTestDot = (f) => f.length !== 0 && f !== "." && f !== "..";
var qmarksRE = /^\?+([^+@!?*[(]*)?$/;
var qmarksTestNocase = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestNocaseDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTest = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTestNoExt = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && !f.startsWith(".");
};
var qmarksTestNoExtDot = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && f !== "." && f !== "..";
};
var defaultPlatform = typeof process === "object" && process ? typeof process.env === "object" && process.env && process.env.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path12 = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep3 = defaultPlatform === "win32" ? path12.win32.sep : path12.posix.sep;
minimatch.sep = sep3;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var qmark2 = "[^/]";
var star2 = qmark2 + "*?";
var twoStarDot = "(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?";
var twoStarNoDot = "(?:(?!(?:\\/|^)\\.).)*?";
var filter = (pattern, options2 = {}) => (p) => minimatch(p, pattern, options2);
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options2 = {}) => orig(p, pattern, ext(def, options2));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options2 = {}) {
        super(pattern, ext(def, options2));
      }
      static defaults(options2) {
        return orig.defaults(ext(def, options2)).Minimatch;
      }
    },
    AST: class AST extends orig.AST {
      /* c8 ignore start */
      constructor(type, parent, options2 = {}) {
        super(type, parent, ext(def, options2));
      }
      /* c8 ignore stop */
      static fromGlob(pattern, options2 = {}) {
        return orig.AST.fromGlob(pattern, ext(def, options2));
      }
    },
    unescape: (s, options2 = {}) => orig.unescape(s, ext(def, options2)),
    escape: (s, options2 = {}) => orig.escape(s, ext(def, options2)),
    filter: (pattern, options2 = {}) => orig.filter(pattern, ext(def, options2)),
    defaults: (options2) => orig.defaults(ext(def, options2)),
    makeRe: (pattern, options2 = {}) => orig.makeRe(pattern, ext(def, options2)),
    braceExpand: (pattern, options2 = {}) => orig.braceExpand(pattern, ext(def, options2)),
    match: (list, pattern, options2 = {}) => orig.match(list, pattern, ext(def, options2)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options2 = {}) => {
  assertValidPattern(pattern);
  if (options2.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  return expand(pattern, { max: options2.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var makeRe = (pattern, options2 = {}) => new Minimatch(pattern, options2).makeRe();
minimatch.makeRe = makeRe;
var match2 = (list, pattern, options2 = {}) => {
  const mm = new Minimatch(pattern, options2);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match2;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var regExpEscape2 = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  regexp;
  constructor(pattern, options2 = {}) {
    assertValidPattern(pattern);
    options2 = options2 || {};
    this.options = options2;
    this.maxGlobstarRecursion = options2.maxGlobstarRecursion ?? 200;
    this.pattern = pattern;
    this.platform = options2.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    const awe = "allowWindowsEscape";
    this.windowsPathsNoEscape = !!options2.windowsPathsNoEscape || options2[awe] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options2.preserveMultipleSlashes;
    this.regexp = null;
    this.negate = false;
    this.nonegate = !!options2.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options2.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options2.windowsNoMagicRoot !== void 0 ? options2.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.make();
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  debug(..._) {
  }
  make() {
    const pattern = this.pattern;
    const options2 = this.options;
    if (!options2.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.braceExpand())];
    if (options2.debug) {
      this.debug = (...args) => console.error(...args);
    }
    this.debug(this.pattern, this.globSet);
    const rawGlobParts = this.globSet.map((s) => this.slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.debug(this.pattern, this.globParts);
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && !globMagic.test(s[3]);
        const isDrive = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, 4),
            ...s.slice(4).map((ss) => this.parse(ss))
          ];
        } else if (isDrive) {
          return [s[0], ...s.slice(1).map((ss) => this.parse(ss))];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.debug(this.pattern, set);
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && typeof p[3] === "string" && /^[a-z]:$/i.test(p[3])) {
          p[2] = "?";
        }
      }
    }
    this.debug(this.pattern, this.set);
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  levelTwoFileOptimize(parts) {
    if (!Array.isArray(parts)) {
      parts = this.slashSplit(parts);
    }
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      let dd = 0;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**" && !(this.isWindows && /^[a-z]:$/i.test(p))) {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd -= 2;
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        let dd = 0;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd -= 2;
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
  //
  // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
  // ^-- not valid because ** doens't follow symlinks
  secondPhasePreProcess(globParts) {
    for (let i = 0; i < globParts.length - 1; i++) {
      for (let j = i + 1; j < globParts.length; j++) {
        const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
        if (matched) {
          globParts[i] = [];
          globParts[j] = matched;
          break;
        }
      }
    }
    return globParts.filter((gs) => gs.length);
  }
  partsMatch(a, b, emptyGSMatch = false) {
    let ai = 0;
    let bi = 0;
    let result = [];
    let which2 = "";
    while (ai < a.length && bi < b.length) {
      if (a[ai] === b[bi]) {
        result.push(which2 === "b" ? b[bi] : a[ai]);
        ai++;
        bi++;
      } else if (emptyGSMatch && a[ai] === "**" && b[bi] === a[ai + 1]) {
        result.push(a[ai]);
        ai++;
      } else if (emptyGSMatch && b[bi] === "**" && a[ai] === b[bi + 1]) {
        result.push(b[bi]);
        bi++;
      } else if (a[ai] === "*" && b[bi] && (this.options.dot || !b[bi].startsWith(".")) && b[bi] !== "**") {
        if (which2 === "b")
          return false;
        which2 = "a";
        result.push(a[ai]);
        ai++;
        bi++;
      } else if (b[bi] === "*" && a[ai] && (this.options.dot || !a[ai].startsWith(".")) && a[ai] !== "**") {
        if (which2 === "a")
          return false;
        which2 = "b";
        result.push(b[bi]);
        ai++;
        bi++;
      } else {
        return false;
      }
    }
    return a.length === b.length && result;
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // set partial to true to test if, for example,
  // "/a/b" matches the start of "/*/b/*/d"
  // Partial means, if you run out of file before you run
  // out of pattern, then that's fine, as long as all
  // the parts match.
  matchOne(file, pattern, partial = false) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          pattern[pdi] = fd;
          patternStartIndex = pdi;
          fileStartIndex = fdi;
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      file = this.levelTwoFileOptimize(file);
    }
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const [head, body, tail2] = partial ? [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1),
      []
    ] : [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1, lastgs),
      pattern.slice(lastgs + 1)
    ];
    if (head.length) {
      const fileHead = file.slice(fileIndex, fileIndex + head.length);
      if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail2.length) {
      if (tail2.length + fileIndex > file.length)
        return false;
      let tailStart2 = file.length - tail2.length;
      if (this.#matchOne(file, tail2, partial, tailStart2, 0)) {
        fileTailMatch = tail2.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail2.length === file.length) {
          return false;
        }
        tailStart2--;
        if (!this.#matchOne(file, tail2, partial, tailStart2, 0)) {
          return false;
        }
        fileTailMatch = tail2.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i2 = fileIndex; i2 < file.length - fileTailMatch; i2++) {
        const f = String(file[i2]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    const bodySegments = [[[], 0]];
    let currentBody = bodySegments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        currentBody = [[], 0];
        bodySegments.push(currentBody);
      } else {
        currentBody[0].push(b);
        nonGsParts++;
      }
    }
    let i = bodySegments.length - 1;
    const fileLength = file.length - fileTailMatch;
    for (const b of bodySegments) {
      b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
    }
    return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      for (let i = fileIndex; i < file.length; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, after] = bs;
    while (fileIndex <= after) {
      const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
        if (sub !== false) {
          return sub;
        }
      }
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = file.length, pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      this.debug("matchOne loop");
      let p = pattern[pi];
      let f = file[fi];
      this.debug(pattern, p, f);
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      let hit;
      if (typeof p === "string") {
        hit = f === p;
        this.debug("string match", p, f, hit);
      } else {
        hit = p.test(f);
        this.debug("pattern match", p, f, hit);
      }
      if (!hit)
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options2 = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    let m;
    let fastTest = null;
    if (m = pattern.match(starRE)) {
      fastTest = options2.dot ? starTestDot : starTest;
    } else if (m = pattern.match(starDotExtRE)) {
      fastTest = (options2.nocase ? options2.dot ? starDotExtTestNocaseDot : starDotExtTestNocase : options2.dot ? starDotExtTestDot : starDotExtTest)(m[1]);
    } else if (m = pattern.match(qmarksRE)) {
      fastTest = (options2.nocase ? options2.dot ? qmarksTestNocaseDot : qmarksTestNocase : options2.dot ? qmarksTestDot : qmarksTest)(m);
    } else if (m = pattern.match(starDotStarRE)) {
      fastTest = options2.dot ? starDotStarTestDot : starDotStarTest;
    } else if (m = pattern.match(dotStarRE)) {
      fastTest = dotStarTest;
    }
    const re = AST.fromGlob(pattern, this.options).toMMPattern();
    if (fastTest && typeof re === "object") {
      Reflect.defineProperty(re, "test", { value: fastTest });
    }
    return re;
  }
  makeRe() {
    if (this.regexp || this.regexp === false)
      return this.regexp;
    const set = this.set;
    if (!set.length) {
      this.regexp = false;
      return this.regexp;
    }
    const options2 = this.options;
    const twoStar = options2.noglobstar ? star2 : options2.dot ? twoStarDot : twoStarNoDot;
    const flags = new Set(options2.nocase ? ["i"] : []);
    let re = set.map((pattern) => {
      const pp = pattern.map((p) => {
        if (p instanceof RegExp) {
          for (const f of p.flags.split(""))
            flags.add(f);
        }
        return typeof p === "string" ? regExpEscape2(p) : p === GLOBSTAR ? GLOBSTAR : p._src;
      });
      pp.forEach((p, i) => {
        const next = pp[i + 1];
        const prev = pp[i - 1];
        if (p !== GLOBSTAR || prev === GLOBSTAR) {
          return;
        }
        if (prev === void 0) {
          if (next !== void 0 && next !== GLOBSTAR) {
            pp[i + 1] = "(?:\\/|" + twoStar + "\\/)?" + next;
          } else {
            pp[i] = twoStar;
          }
        } else if (next === void 0) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + ")?";
        } else if (next !== GLOBSTAR) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + "\\/)" + next;
          pp[i + 1] = GLOBSTAR;
        }
      });
      const filtered = pp.filter((p) => p !== GLOBSTAR);
      if (this.partial && filtered.length >= 1) {
        const prefixes = [];
        for (let i = 1; i <= filtered.length; i++) {
          prefixes.push(filtered.slice(0, i).join("/"));
        }
        return "(?:" + prefixes.join("|") + ")";
      }
      return filtered.join("/");
    }).join("|");
    const [open5, close] = set.length > 1 ? ["(?:", ")"] : ["", ""];
    re = "^" + open5 + re + close + "$";
    if (this.partial) {
      re = "^(?:\\/|" + open5 + re.slice(1, -1) + close + ")$";
    }
    if (this.negate)
      re = "^(?!" + re + ").+$";
    try {
      this.regexp = new RegExp(re, [...flags].join(""));
    } catch {
      this.regexp = false;
    }
    return this.regexp;
  }
  slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    this.debug("match", f, this.pattern);
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options2 = this.options;
    if (this.isWindows) {
      f = f.split("\\").join("/");
    }
    const ff = this.slashSplit(f);
    this.debug(this.pattern, "split", ff);
    const set = this.set;
    this.debug(this.pattern, "set", set);
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (const pattern of set) {
      let file = ff;
      if (options2.matchBase && pattern.length === 1) {
        file = [filename];
      }
      const hit = this.matchOne(file, pattern, partial);
      if (hit) {
        if (options2.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options2.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape2;
minimatch.unescape = unescape;

// node_modules/@actions/glob/lib/internal-path.js
import * as path13 from "path";
import assert2 from "assert";
var IS_WINDOWS5 = process.platform === "win32";
var Path = class {
  /**
   * Constructs a Path
   * @param itemPath Path or array of segments
   */
  constructor(itemPath) {
    this.segments = [];
    if (typeof itemPath === "string") {
      assert2(itemPath, `Parameter 'itemPath' must not be empty`);
      itemPath = safeTrimTrailingSeparator(itemPath);
      if (!hasRoot(itemPath)) {
        this.segments = itemPath.split(path13.sep);
      } else {
        let remaining = itemPath;
        let dir = dirname4(remaining);
        while (dir !== remaining) {
          const basename6 = path13.basename(remaining);
          this.segments.unshift(basename6);
          remaining = dir;
          dir = dirname4(remaining);
        }
        this.segments.unshift(remaining);
      }
    } else {
      assert2(itemPath.length > 0, `Parameter 'itemPath' must not be an empty array`);
      for (let i = 0; i < itemPath.length; i++) {
        let segment = itemPath[i];
        assert2(segment, `Parameter 'itemPath' must not contain any empty segments`);
        segment = normalizeSeparators2(itemPath[i]);
        if (i === 0 && hasRoot(segment)) {
          segment = safeTrimTrailingSeparator(segment);
          assert2(segment === dirname4(segment), `Parameter 'itemPath' root segment contains information for multiple segments`);
          this.segments.push(segment);
        } else {
          assert2(!segment.includes(path13.sep), `Parameter 'itemPath' contains unexpected path separators`);
          this.segments.push(segment);
        }
      }
    }
  }
  /**
   * Converts the path to it's string representation
   */
  toString() {
    let result = this.segments[0];
    let skipSlash = result.endsWith(path13.sep) || IS_WINDOWS5 && /^[A-Z]:$/i.test(result);
    for (let i = 1; i < this.segments.length; i++) {
      if (skipSlash) {
        skipSlash = false;
      } else {
        result += path13.sep;
      }
      result += this.segments[i];
    }
    return result;
  }
};

// node_modules/@actions/glob/lib/internal-pattern.js
var IS_WINDOWS6 = process.platform === "win32";
var Pattern = class _Pattern {
  constructor(patternOrNegate, isImplicitPattern = false, segments, homedir2) {
    this.negate = false;
    let pattern;
    if (typeof patternOrNegate === "string") {
      pattern = patternOrNegate.trim();
    } else {
      segments = segments || [];
      assert3(segments.length, `Parameter 'segments' must not empty`);
      const root = _Pattern.getLiteral(segments[0]);
      assert3(root && hasAbsoluteRoot(root), `Parameter 'segments' first element must be a root path`);
      pattern = new Path(segments).toString().trim();
      if (patternOrNegate) {
        pattern = `!${pattern}`;
      }
    }
    while (pattern.startsWith("!")) {
      this.negate = !this.negate;
      pattern = pattern.substr(1).trim();
    }
    pattern = _Pattern.fixupPattern(pattern, homedir2);
    this.segments = new Path(pattern).segments;
    this.trailingSeparator = normalizeSeparators2(pattern).endsWith(path14.sep);
    pattern = safeTrimTrailingSeparator(pattern);
    let foundGlob = false;
    const searchSegments = this.segments.map((x) => _Pattern.getLiteral(x)).filter((x) => !foundGlob && !(foundGlob = x === ""));
    this.searchPath = new Path(searchSegments).toString();
    this.rootRegExp = new RegExp(_Pattern.regExpEscape(searchSegments[0]), IS_WINDOWS6 ? "i" : "");
    this.isImplicitPattern = isImplicitPattern;
    const minimatchOptions = {
      dot: true,
      nobrace: true,
      nocase: IS_WINDOWS6,
      nocomment: true,
      noext: true,
      nonegate: true
    };
    pattern = IS_WINDOWS6 ? pattern.replace(/\\/g, "/") : pattern;
    this.minimatch = new Minimatch(pattern, minimatchOptions);
  }
  /**
   * Matches the pattern against the specified path
   */
  match(itemPath) {
    if (this.segments[this.segments.length - 1] === "**") {
      itemPath = normalizeSeparators2(itemPath);
      if (!itemPath.endsWith(path14.sep) && this.isImplicitPattern === false) {
        itemPath = `${itemPath}${path14.sep}`;
      }
    } else {
      itemPath = safeTrimTrailingSeparator(itemPath);
    }
    if (this.minimatch.match(itemPath)) {
      return this.trailingSeparator ? MatchKind.Directory : MatchKind.All;
    }
    return MatchKind.None;
  }
  /**
   * Indicates whether the pattern may match descendants of the specified path
   */
  partialMatch(itemPath) {
    itemPath = safeTrimTrailingSeparator(itemPath);
    if (dirname4(itemPath) === itemPath) {
      return this.rootRegExp.test(itemPath);
    }
    return this.minimatch.matchOne(itemPath.split(IS_WINDOWS6 ? /\\+/ : /\/+/), this.minimatch.set[0], true);
  }
  /**
   * Escapes glob patterns within a path
   */
  static globEscape(s) {
    return (IS_WINDOWS6 ? s : s.replace(/\\/g, "\\\\")).replace(/(\[)(?=[^/]+\])/g, "[[]").replace(/\?/g, "[?]").replace(/\*/g, "[*]");
  }
  /**
   * Normalizes slashes and ensures absolute root
   */
  static fixupPattern(pattern, homedir2) {
    assert3(pattern, "pattern cannot be empty");
    const literalSegments = new Path(pattern).segments.map((x) => _Pattern.getLiteral(x));
    assert3(literalSegments.every((x, i) => (x !== "." || i === 0) && x !== ".."), `Invalid pattern '${pattern}'. Relative pathing '.' and '..' is not allowed.`);
    assert3(!hasRoot(pattern) || literalSegments[0], `Invalid pattern '${pattern}'. Root segment must not contain globs.`);
    pattern = normalizeSeparators2(pattern);
    if (pattern === "." || pattern.startsWith(`.${path14.sep}`)) {
      pattern = _Pattern.globEscape(process.cwd()) + pattern.substr(1);
    } else if (pattern === "~" || pattern.startsWith(`~${path14.sep}`)) {
      homedir2 = homedir2 || os6.homedir();
      assert3(homedir2, "Unable to determine HOME directory");
      assert3(hasAbsoluteRoot(homedir2), `Expected HOME directory to be a rooted path. Actual '${homedir2}'`);
      pattern = _Pattern.globEscape(homedir2) + pattern.substr(1);
    } else if (IS_WINDOWS6 && (pattern.match(/^[A-Z]:$/i) || pattern.match(/^[A-Z]:[^\\]/i))) {
      let root = ensureAbsoluteRoot("C:\\dummy-root", pattern.substr(0, 2));
      if (pattern.length > 2 && !root.endsWith("\\")) {
        root += "\\";
      }
      pattern = _Pattern.globEscape(root) + pattern.substr(2);
    } else if (IS_WINDOWS6 && (pattern === "\\" || pattern.match(/^\\[^\\]/))) {
      let root = ensureAbsoluteRoot("C:\\dummy-root", "\\");
      if (!root.endsWith("\\")) {
        root += "\\";
      }
      pattern = _Pattern.globEscape(root) + pattern.substr(1);
    } else {
      pattern = ensureAbsoluteRoot(_Pattern.globEscape(process.cwd()), pattern);
    }
    return normalizeSeparators2(pattern);
  }
  /**
   * Attempts to unescape a pattern segment to create a literal path segment.
   * Otherwise returns empty string.
   */
  static getLiteral(segment) {
    let literal = "";
    for (let i = 0; i < segment.length; i++) {
      const c = segment[i];
      if (c === "\\" && !IS_WINDOWS6 && i + 1 < segment.length) {
        literal += segment[++i];
        continue;
      } else if (c === "*" || c === "?") {
        return "";
      } else if (c === "[" && i + 1 < segment.length) {
        let set = "";
        let closed = -1;
        for (let i2 = i + 1; i2 < segment.length; i2++) {
          const c2 = segment[i2];
          if (c2 === "\\" && !IS_WINDOWS6 && i2 + 1 < segment.length) {
            set += segment[++i2];
            continue;
          } else if (c2 === "]") {
            closed = i2;
            break;
          } else {
            set += c2;
          }
        }
        if (closed >= 0) {
          if (set.length > 1) {
            return "";
          }
          if (set) {
            literal += set;
            i = closed;
            continue;
          }
        }
      }
      literal += c;
    }
    return literal;
  }
  /**
   * Escapes regexp special characters
   * https://javascript.info/regexp-escaping
   */
  static regExpEscape(s) {
    return s.replace(/[[\\^$.|?*+()]/g, "\\$&");
  }
};

// node_modules/@actions/glob/lib/internal-search-state.js
var SearchState = class {
  constructor(path25, level) {
    this.path = path25;
    this.level = level;
  }
};

// node_modules/@actions/glob/lib/internal-globber.js
var __awaiter7 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve4) {
      resolve4(value);
    });
  }
  return new (P || (P = Promise))(function(resolve4, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve4(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var __asyncValues = function(o) {
  if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
  var m = o[Symbol.asyncIterator], i;
  return m ? m.call(o) : (o = typeof __values === "function" ? __values(o) : o[Symbol.iterator](), i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function() {
    return this;
  }, i);
  function verb(n) {
    i[n] = o[n] && function(v) {
      return new Promise(function(resolve4, reject) {
        v = o[n](v), settle(resolve4, reject, v.done, v.value);
      });
    };
  }
  function settle(resolve4, reject, d, v) {
    Promise.resolve(v).then(function(v2) {
      resolve4({ value: v2, done: d });
    }, reject);
  }
};
var __await = function(v) {
  return this instanceof __await ? (this.v = v, this) : new __await(v);
};
var __asyncGenerator = function(thisArg, _arguments, generator) {
  if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
  var g = generator.apply(thisArg, _arguments || []), i, q = [];
  return i = Object.create((typeof AsyncIterator === "function" ? AsyncIterator : Object).prototype), verb("next"), verb("throw"), verb("return", awaitReturn), i[Symbol.asyncIterator] = function() {
    return this;
  }, i;
  function awaitReturn(f) {
    return function(v) {
      return Promise.resolve(v).then(f, reject);
    };
  }
  function verb(n, f) {
    if (g[n]) {
      i[n] = function(v) {
        return new Promise(function(a, b) {
          q.push([n, v, a, b]) > 1 || resume(n, v);
        });
      };
      if (f) i[n] = f(i[n]);
    }
  }
  function resume(n, v) {
    try {
      step(g[n](v));
    } catch (e) {
      settle(q[0][3], e);
    }
  }
  function step(r) {
    r.value instanceof __await ? Promise.resolve(r.value.v).then(fulfill, reject) : settle(q[0][2], r);
  }
  function fulfill(value) {
    resume("next", value);
  }
  function reject(value) {
    resume("throw", value);
  }
  function settle(f, v) {
    if (f(v), q.shift(), q.length) resume(q[0][0], q[0][1]);
  }
};
var IS_WINDOWS7 = process.platform === "win32";
var DefaultGlobber = class _DefaultGlobber {
  constructor(options2) {
    this.patterns = [];
    this.searchPaths = [];
    this.options = getOptions(options2);
  }
  getSearchPaths() {
    return this.searchPaths.slice();
  }
  glob() {
    return __awaiter7(this, void 0, void 0, function* () {
      var _a2, e_1, _b, _c;
      const result = [];
      try {
        for (var _d = true, _e = __asyncValues(this.globGenerator()), _f; _f = yield _e.next(), _a2 = _f.done, !_a2; _d = true) {
          _c = _f.value;
          _d = false;
          const itemPath = _c;
          result.push(itemPath);
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          if (!_d && !_a2 && (_b = _e.return)) yield _b.call(_e);
        } finally {
          if (e_1) throw e_1.error;
        }
      }
      return result;
    });
  }
  globGenerator() {
    return __asyncGenerator(this, arguments, function* globGenerator_1() {
      const options2 = getOptions(this.options);
      const patterns = [];
      for (const pattern of this.patterns) {
        patterns.push(pattern);
        if (options2.implicitDescendants && (pattern.trailingSeparator || pattern.segments[pattern.segments.length - 1] !== "**")) {
          patterns.push(new Pattern(pattern.negate, true, pattern.segments.concat("**")));
        }
      }
      const stack = [];
      for (const searchPath of getSearchPaths(patterns)) {
        debug(`Search path '${searchPath}'`);
        try {
          yield __await(fs6.promises.lstat(searchPath));
        } catch (err) {
          if (err.code === "ENOENT") {
            continue;
          }
          throw err;
        }
        stack.unshift(new SearchState(searchPath, 1));
      }
      const traversalChain = [];
      while (stack.length) {
        const item = stack.pop();
        const match3 = match(patterns, item.path);
        const partialMatch2 = !!match3 || partialMatch(patterns, item.path);
        if (!match3 && !partialMatch2) {
          continue;
        }
        const stats = yield __await(
          _DefaultGlobber.stat(item, options2, traversalChain)
          // Broken symlink, or symlink cycle detected, or no longer exists
        );
        if (!stats) {
          continue;
        }
        if (options2.excludeHiddenFiles && path15.basename(item.path).match(/^\./)) {
          continue;
        }
        if (stats.isDirectory()) {
          if (match3 & MatchKind.Directory && options2.matchDirectories) {
            yield yield __await(item.path);
          } else if (!partialMatch2) {
            continue;
          }
          const childLevel = item.level + 1;
          const childItems = (yield __await(fs6.promises.readdir(item.path))).map((x) => new SearchState(path15.join(item.path, x), childLevel));
          stack.push(...childItems.reverse());
        } else if (match3 & MatchKind.File) {
          yield yield __await(item.path);
        }
      }
    });
  }
  /**
   * Constructs a DefaultGlobber
   */
  static create(patterns, options2) {
    return __awaiter7(this, void 0, void 0, function* () {
      const result = new _DefaultGlobber(options2);
      if (IS_WINDOWS7) {
        patterns = patterns.replace(/\r\n/g, "\n");
        patterns = patterns.replace(/\r/g, "\n");
      }
      const lines = patterns.split("\n").map((x) => x.trim());
      for (const line of lines) {
        if (!line || line.startsWith("#")) {
          continue;
        } else {
          result.patterns.push(new Pattern(line));
        }
      }
      result.searchPaths.push(...getSearchPaths(result.patterns));
      return result;
    });
  }
  static stat(item, options2, traversalChain) {
    return __awaiter7(this, void 0, void 0, function* () {
      let stats;
      if (options2.followSymbolicLinks) {
        try {
          stats = yield fs6.promises.stat(item.path);
        } catch (err) {
          if (err.code === "ENOENT") {
            if (options2.omitBrokenSymbolicLinks) {
              debug(`Broken symlink '${item.path}'`);
              return void 0;
            }
            throw new Error(`No information found for the path '${item.path}'. This may indicate a broken symbolic link.`);
          }
          throw err;
        }
      } else {
        stats = yield fs6.promises.lstat(item.path);
      }
      if (stats.isDirectory() && options2.followSymbolicLinks) {
        const realPath = yield fs6.promises.realpath(item.path);
        while (traversalChain.length >= item.level) {
          traversalChain.pop();
        }
        if (traversalChain.some((x) => x === realPath)) {
          debug(`Symlink cycle detected for path '${item.path}' and realpath '${realPath}'`);
          return void 0;
        }
        traversalChain.push(realPath);
      }
      return stats;
    });
  }
};

// node_modules/@actions/glob/lib/glob.js
var __awaiter8 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve4) {
      resolve4(value);
    });
  }
  return new (P || (P = Promise))(function(resolve4, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve4(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function create(patterns, options2) {
  return __awaiter8(this, void 0, void 0, function* () {
    return yield DefaultGlobber.create(patterns, options2);
  });
}

// src/dists/find.ts
async function findDists(dir) {
  const root = resolve3(dir);
  const names = (await readdir2(root, { withFileTypes: true })).filter((e) => e.isFile() && (e.name.endsWith(".whl") || e.name.endsWith(".tar.gz"))).map((e) => e.name);
  return sortDists(names).map((name) => join4(root, name));
}
async function globDists(patterns) {
  const globber = await create(patterns.join("\n"), { matchDirectories: false, implicitDescendants: false });
  return sortDists((await globber.glob()).filter((file) => !file.endsWith(ATTESTATION_SUFFIX)));
}
function sortDists(paths) {
  const rank = (name) => name.endsWith(".tar.gz") ? 0 : 1;
  return [...paths].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

// src/process/sealed-cache.ts
import { createHash as createHash4 } from "node:crypto";
import { existsSync as existsSync3, lstatSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import fs7 from "node:fs/promises";
import path16 from "node:path";
var SEAL = ".pypi-promote-seal";
var SEAL_FORMAT = "sealed-1";
function manifest(dir) {
  const entries = [];
  for (const dirent of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const full = path16.join(dirent.parentPath, dirent.name);
    const rel = path16.relative(dir, full).split(path16.sep).join("/");
    if (rel === SEAL) continue;
    const stat2 = lstatSync(full);
    if (dirent.isSymbolicLink()) {
      entries.push({ path: rel, line: `link ${rel} -> ${readlinkSync(full)}` });
    } else if (dirent.isFile()) {
      const digest = createHash4("sha256").update(readFileSync(full)).digest("hex");
      entries.push({ path: rel, line: `file ${rel} ${stat2.size} ${(stat2.mode & 511).toString(8)} ${digest}` });
    } else if (dirent.isDirectory()) {
      entries.push({ path: rel, line: `dir ${rel}` });
    } else {
      entries.push({ path: rel, line: `other ${rel}` });
    }
  }
  entries.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return `${entries.map((e) => e.line).join("\n")}
`;
}
async function seal(dir) {
  await fs7.writeFile(path16.join(dir, SEAL), manifest(dir));
}
async function sealProblem(dir) {
  let sealed;
  try {
    sealed = await fs7.readFile(path16.join(dir, SEAL), "utf8");
  } catch {
    return "it has no seal (made by an older version of the action, or not finished)";
  }
  let now;
  try {
    now = manifest(dir);
  } catch (error2) {
    return `it could not be read whole (${error2 instanceof Error ? error2.message : String(error2)})`;
  }
  if (now === sealed) return void 0;
  const before = new Set(sealed.split("\n"));
  const after = new Set(now.split("\n"));
  const changed = [...after].find((l) => !before.has(l)) ?? [...before].find((l) => !after.has(l)) ?? "";
  return `its files differ from its seal (${changed.split(" ").slice(0, 2).join(" ")})`;
}
async function cachedEnvironment(dir, make) {
  let refused;
  if (existsSync3(dir)) {
    refused = await sealProblem(dir);
    if (refused === void 0) return { dir, outcome: "reused" };
  }
  const fresh = `${dir}.partial-${process.pid}-${Date.now()}`;
  try {
    await make(fresh);
    await seal(fresh);
  } catch (error2) {
    await fs7.rm(fresh, { recursive: true, force: true });
    throw error2;
  }
  if (refused !== void 0) {
    if (existsSync3(dir) && await sealProblem(dir) === void 0) {
      await fs7.rm(fresh, { recursive: true, force: true });
      return { dir, outcome: "reused" };
    }
    const aside = `${dir}.refused-${process.pid}-${Date.now()}`;
    await fs7.rename(dir, aside).then(() => fs7.rm(aside, { recursive: true, force: true })).catch(() => void 0);
  }
  try {
    await fs7.rename(fresh, dir);
    return { dir, outcome: "made", ...refused !== void 0 && { refused } };
  } catch {
    return { dir: fresh, outcome: "made", ...refused !== void 0 && { refused } };
  }
}

// src/build/frontend.ts
var FRONTEND_REQUIREMENTS = ["build>=1.2"];
var FRONTEND_VENV_REQUIREMENTS = ["build>=1.2", "pip>=22.3"];
async function prepareBuildFrontend(python, workDir, deps) {
  const cache = deps.env.RUNNER_TOOL_CACHE;
  if (!cache) return installFrontend(python, path17.join(workDir, "build-frontend"), deps);
  const key = createHash5("sha256").update(`${python.executable}\0${python.version}\0${requirements2(python).join(" ")}\0${SEAL_FORMAT}`).digest("hex").slice(0, 16);
  const dir = path17.join(cache, "pypi-promote", "build-frontend", key);
  const kept = await cachedEnvironment(dir, async (into) => {
    await installFrontend(python, into, deps);
  });
  if (kept.refused) deps.log.warning(`build frontend: the one in the tool cache (${dir}) was not reused: ${kept.refused}. It was made again.`);
  if (kept.outcome === "reused") deps.log.info(`build frontend: reused from the tool cache (${dir}), its files checked against its seal`);
  return frontendIn(python, kept.dir);
}
function requirements2(python) {
  return python.hasPip ? FRONTEND_REQUIREMENTS : FRONTEND_VENV_REQUIREMENTS;
}
function frontendIn(python, dir) {
  return python.hasPip ? { dir, python: python.executable, modulePath: dir } : { dir, python: venvLayout(dir).python };
}
async function installFrontend(python, dir, deps) {
  let command;
  let env = childEnvFor(deps);
  if (python.hasPip) {
    command = [python.executable, ["-m", "pip", "install", "--quiet", "--target", dir]];
    env = { ...env, PIP_REQUIRE_VIRTUALENV: "false" };
  } else {
    const [pip2, args2] = pipCommand(python, await createVenv(python, dir, deps));
    command = [pip2, [...args2, "install", "--quiet"]];
  }
  const [pip, args] = command;
  const result = await deps.exec(pip, [...args, ...requirements2(python)], { env, silent: true });
  if (result.exitCode !== 0) {
    throw new ReleaseError({
      code: "BUILD_FAILED",
      message: `Could not install the build frontend (${requirements2(python).join(", ")}) with pip.`,
      details: tail(result.stderr || result.stdout),
      hint: "pip could not reach its index: check the runner network and any PIP_INDEX_URL or pip.conf setting."
    });
  }
  return frontendIn(python, dir);
}
var BUILD_SCRIPT = `
import compileall, importlib.util, os, sys, tarfile, tempfile
src, out = sys.argv[1], sys.argv[2]
# The frontend's own folder (pip install --target), ahead of any build or
# packaging the interpreter has.
if len(sys.argv) > 3:
    sys.path.insert(0, sys.argv[3])
import build
import build.env
from build.env import DefaultIsolatedEnv

# build installs into its environment with 'pip --python ENV', a whole pip
# started only to start ENV's python with pip's runner file and the same
# arguments: that command is started directly, one pip start instead of two.
# Any other command, or a pip without the runner file, runs as build gave it.
spec = importlib.util.find_spec("pip")
runner = os.path.join(os.path.dirname(spec.origin), "__pip-runner__.py") if spec and spec.origin else ""
run_as_given = build.env.run_subprocess

def run_subprocess(cmd, *args, **kwargs):
    cmd = list(cmd)
    if os.path.isfile(runner) and len(cmd) > 5 and cmd[:4] == [sys.executable, "-m", "pip", "--python"]:
        cmd = [cmd[4], runner, *cmd[5:]]
    return run_as_given(cmd, *args, **kwargs)

build.env.run_subprocess = run_subprocess

def install(env, requirements):
    if not requirements:
        return
    env.install(requirements)
    # Under PYTHONDONTWRITEBYTECODE (usual in container images) each of the
    # four hook processes would compile the backend from source again: it is
    # compiled once here, in this throwaway environment, never in the project.
    if sys.flags.dont_write_bytecode:
        compileall.compile_dir(env.path, quiet=2)

try:
    with DefaultIsolatedEnv() as env:
        project = build.ProjectBuilder.from_isolated_env(env, src)
        install(env, project.build_system_requires)
        install(env, project.get_requires_for_build("sdist"))
        print("* Building sdist...", flush=True)
        sdist = project.build("sdist", out)
        with tempfile.TemporaryDirectory() as tmp:
            with tarfile.open(sdist) as archive:
                try:
                    archive.extractall(tmp, filter="data")
                except TypeError:  # Python before 3.11.4: no extraction filters
                    archive.extractall(tmp)
            (top,) = os.listdir(tmp)
            unpacked = build.ProjectBuilder.from_isolated_env(env, os.path.join(tmp, top))
            install(env, unpacked.get_requires_for_build("wheel"))
            print("* Building wheel from the sdist...", flush=True)
            wheel = unpacked.build("wheel", out)
        print("Built " + os.path.basename(sdist) + " and " + os.path.basename(wheel))
except (build.BuildException, build.BuildBackendException) as error:
    print("ERROR " + str(error), file=sys.stderr)
    sys.exit(1)
`;
async function buildDists(frontend, request, deps) {
  await fs8.rm(request.outDir, { recursive: true, force: true });
  await fs8.mkdir(request.outDir, { recursive: true });
  const extra = { ...request.env };
  if (request.sourceDateEpoch && !deps.env.SOURCE_DATE_EPOCH) extra.SOURCE_DATE_EPOCH = request.sourceDateEpoch;
  const script = path17.join(path17.dirname(request.outDir), "pypi-promote-build.py");
  await fs8.writeFile(script, BUILD_SCRIPT);
  const result = await deps.exec(frontend.python, [script, request.projectDir, request.outDir, ...frontend.modulePath ? [frontend.modulePath] : []], {
    cwd: request.projectDir,
    env: childEnvFor(deps, extra)
  });
  if (result.exitCode !== 0) {
    throw new ReleaseError({
      code: "BUILD_FAILED",
      message: `The project's build backend failed (the build exited with ${result.exitCode}).`,
      details: tail(`${result.stdout}
${result.stderr}`),
      hint: "The output above is the backend's own. Reproduce it locally with `python -m build`, fix the project, and re-run.",
      annotation: { file: path17.join(request.projectDir, "pyproject.toml"), title: "Build failed" }
    });
  }
  return findDists(request.outDir);
}

// src/dists/render.ts
import { createHash as createHash6 } from "node:crypto";
import fs9 from "node:fs/promises";
import path18 from "node:path";
var RENDERER_REQUIREMENTS = ["docutils>=0.21.2", "pygments>=2.5.1"];
var SCRIPT = String.raw`
import io, json, re, sys
from docutils.core import publish_parts
from docutils.utils import SystemMessage
from docutils.writers.html5_polyglot import Writer
SETTINGS = {
    "cloak_email_addresses": True, "doctitle_xform": True, "sectsubtitle_xform": True,
    "initial_header_level": 2, "file_insertion_enabled": False, "halt_level": 2,
    "math_output": "MathJax /dummy.js", "raw_enabled": False, "report_level": 5,
    "smart_quotes": True, "strip_comments": True, "syntax_highlight": "short",
    "field_name_limit": 0,
}
with open(sys.argv[1], encoding="utf-8") as f:
    texts = json.load(f)
out = []
for text in texts:
    settings = dict(SETTINGS, warning_stream=io.StringIO())
    try:
        parts = publish_parts(text, writer=Writer(), settings_overrides=settings)
    except SystemMessage as exc:
        first = str(exc).split("\n", 1)[0]
        m = re.match(r"^.*?:(\d+): \(\w+/\d\) (.*)$", first)
        out.append({"line": int(m.group(1)), "reason": m.group(2)} if m else {"line": None, "reason": first})
        continue
    if parts.get("docinfo", "") + parts.get("fragment", ""):
        out.append(None)
    else:
        out.append({"line": None, "reason": "No content rendered from RST source."})
print(json.dumps(out))
`;
function docutilsRenderer(python, dir, exec2, env = process.env) {
  return async (texts) => {
    if (texts.length === 0) return [];
    await fs9.mkdir(dir, { recursive: true });
    const input2 = path18.join(dir, `descriptions-${process.pid}-${Date.now()}.json`);
    await fs9.writeFile(input2, JSON.stringify(texts));
    try {
      const result = await exec2(python, ["-c", SCRIPT, input2], { env: childEnv(env), silent: true });
      if (result.exitCode !== 0) throw new Error(`docutils exited with ${result.exitCode}: ${result.stderr.trim().split("\n").pop() ?? ""}`);
      const parsed = JSON.parse(result.stdout);
      return parsed.map((r) => r === null ? void 0 : { line: r.line ?? void 0, reason: r.reason });
    } finally {
      await fs9.rm(input2, { force: true });
    }
  };
}
async function prepareRstRenderer(python, workDir, deps) {
  const cache = deps.env.RUNNER_TOOL_CACHE;
  const key = createHash6("sha256").update(`${python.executable}\0${python.version}\0${RENDERER_REQUIREMENTS.join(" ")}\0${SEAL_FORMAT}`).digest("hex").slice(0, 16);
  const dir = cache ? path18.join(cache, "pypi-promote", "rst-renderer", key) : path18.join(workDir, "rst-renderer");
  const kept = await cachedEnvironment(dir, async (into) => {
    const venv = await createVenv(python, into, deps);
    const [pip, args] = pipCommand(python, venv);
    const result = await deps.exec(pip, [...args, "install", "--quiet", ...RENDERER_REQUIREMENTS], { env: childEnvFor(deps), silent: true });
    if (result.exitCode !== 0) throw new Error(`pip could not install ${RENDERER_REQUIREMENTS.join(" ")}: ${result.stderr.trim().split("\n").pop() ?? ""}`);
  });
  if (kept.refused) deps.log.warning(`reStructuredText renderer: the one in the tool cache (${dir}) was not reused: ${kept.refused}. It was made again.`);
  return docutilsRenderer(venvLayout(kept.dir).python, path18.join(workDir, "rst-check"), deps.exec, deps.env);
}

// src/release/github.ts
import fs10 from "node:fs";
async function publishGitHubRelease(api, req, deps) {
  const client = new Client(api, req, deps);
  let release2;
  let outcome = "found";
  if (req.eventRelease) {
    release2 = await client.json("GET", `releases/${req.eventRelease.id}`, "reading the release that started the run");
    deps.log.info(`GitHub Release ${release2.html_url}: the release that started this run; its title and notes are left as they are.`);
  } else {
    const existing = await client.call("GET", `releases/tags/${encodeURIComponent(req.tag)}`, "looking up the release of the tag");
    if (existing.status === 200) {
      release2 = existing.json;
      if (!release2.body?.trim()) {
        const notes = await req.notes();
        if (notes) {
          release2 = await client.json("PATCH", `releases/${release2.id}`, "filling the empty notes of the release", { body: notes });
          outcome = "updated";
        }
      }
      deps.log.info(`GitHub Release ${release2.html_url}: already there${outcome === "updated" ? "; its empty notes were filled" : ", notes left as written"}.`);
    } else if (existing.status === 404) {
      const draft = await findDraft(client, req.tag);
      if (draft) {
        const notes = draft.body?.trim() ? {} : { body: await req.notes() };
        release2 = await client.json("PATCH", `releases/${draft.id}`, "publishing the draft release of the tag", { draft: false, ...notes });
        outcome = "published";
        deps.log.info(`GitHub Release ${release2.html_url}: the draft for ${req.tag} was published.`);
      } else {
        const created = await client.call("POST", "releases", "creating the release", {
          tag_name: req.tag,
          ...req.commit ? { target_commitish: req.commit } : {},
          name: req.title,
          body: await req.notes(),
          draft: false,
          prerelease: req.prerelease
        });
        if (created.status === 201) {
          release2 = created.json;
          outcome = "created";
          deps.log.info(`GitHub Release ${release2.html_url}: created${req.prerelease ? " (pre-release)" : ""}.`);
        } else if (created.status === 422 && /already_exists/.test(created.text)) {
          release2 = await client.json("GET", `releases/tags/${encodeURIComponent(req.tag)}`, "looking up the release of the tag");
        } else {
          throw client.failure(created, "POST", "creating the release");
        }
      }
    } else {
      throw client.failure(existing, "GET", "looking up the release of the tag");
    }
  }
  const uploadBase = client.uploadUrl(release2.upload_url);
  let assets = await client.assets(release2.id);
  const results = [];
  for (const file of req.files) {
    const there = assets.find((a) => a.name === file.filename);
    if (there && sameAsset(there, file)) {
      results.push({ name: file.filename, outcome: "exists" });
      deps.log.info(`asset ${file.filename}: already attached`);
      continue;
    }
    if (there) {
      deps.log.warning(`asset ${file.filename} on the GitHub Release differs from the released file (${describeAsset(there)}; ours ${formatSize(file.size)}): replacing it.`);
      await client.expect("DELETE", `releases/assets/${there.id}`, `deleting the stale asset ${file.filename}`, [204, 404]);
    }
    const uploaded = await client.upload(uploadBase, file);
    if (uploaded === "exists") {
      assets = await client.assets(release2.id);
      const now = assets.find((a) => a.name === file.filename);
      if (!now || !sameAsset(now, file)) throw client.mismatch(file, now);
    }
    results.push({ name: file.filename, outcome: there ? "replaced" : uploaded === "exists" ? "exists" : "uploaded" });
    deps.log.info(`asset ${file.filename}: ${there ? "replaced" : "uploaded"} (${formatSize(file.size)})`);
  }
  return { id: release2.id, url: release2.html_url, outcome, assets: results };
}
async function findDraft(client, tag) {
  const latest = await client.json("GET", "releases?per_page=100", "looking up the release of the tag");
  return latest.find((r) => r.draft && r.tag_name === tag);
}
function sameAsset(asset, file) {
  if (asset.state !== "uploaded" || asset.size !== file.size) return false;
  return !asset.digest || asset.digest.toLowerCase() === `sha256:${file.sha256}`;
}
function describeAsset(asset) {
  return asset.state !== "uploaded" ? `an unfinished upload (state ${asset.state})` : `${formatSize(asset.size)}${asset.digest ? `, ${asset.digest}` : ""}`;
}
function trustedUploadHost(apiUrl, uploadUrl) {
  if (uploadUrl.protocol !== apiUrl.protocol && uploadUrl.protocol !== "https:") return false;
  if (uploadUrl.host === apiUrl.host) return true;
  const apiHost = apiUrl.hostname.replace(/^api\./, "");
  return apiUrl.hostname.startsWith("api.") && uploadUrl.hostname === `uploads.${apiHost}` && uploadUrl.port === apiUrl.port;
}
async function checkGitHubAccess(api, tag, deps) {
  const client = new Client(api, { tag, released: void 0 }, deps);
  const answer = await client.call("GET", "", `reading the repository ${api.repository}`);
  if (answer.status !== 200) throw client.failure(answer, "GET", `reading the repository ${api.repository}`);
}
var Client = class {
  constructor(api, req, deps) {
    this.api = api;
    this.req = req;
    this.deps = deps;
  }
  api;
  req;
  deps;
  url(path25) {
    const base = this.api.apiUrl.href.replace(/\/+$/, "");
    return new URL(`${base}/repos/${this.api.repository}${path25 ? `/${path25}` : ""}`);
  }
  headers(extra = {}) {
    return {
      authorization: `Bearer ${this.api.token}`,
      accept: "application/vnd.github+json",
      "x-github-api-version": "2022-11-28",
      "user-agent": "pypi-promote",
      ...extra
    };
  }
  async call(method, path25, what, body) {
    const url = this.url(path25);
    const policy = { ...DEFAULT_RETRY, attempts: method === "GET" ? READ_ATTEMPTS : 1 };
    try {
      return await withRetries(policy, this.deps, `GitHub API: ${what}`, async (attempt) => {
        this.deps.log.debug(`GitHub API: ${method} ${url.pathname}`);
        const answer = await send(url, {
          method,
          headers: this.headers(body ? { "content-type": "application/json" } : {}),
          body: body ? JSON.stringify(body) : void 0,
          deadlineMs: API_DEADLINE_MS
        }, this.deps);
        if (!isRetryableStatus(answer.status) || attempt >= policy.attempts) return { kind: "done", value: answer };
        return { kind: "retry", reason: `${answer.status}`, retryAfterMs: retryAfterMs(header2(answer.headers, "retry-after"), this.deps.now()) };
      }, { giveUp: (_reason, cause) => this.unreachable(what, url, cause) });
    } catch (error2) {
      if (error2 instanceof BodyTooLarge) throw this.tooLarge(what);
      throw error2;
    }
  }
  tooLarge(what) {
    return this.error(
      `GitHub's answer while ${what} was larger than ${MAX_ANSWER / 1024 / 1024} MiB; reading stopped there`,
      "Check GITHUB_API_URL: it must be the API of the server that holds the repository."
    );
  }
  async json(method, path25, what, body) {
    const answer = await this.call(method, path25, what, body);
    if (answer.status !== 200) throw this.failure(answer, method, what);
    return answer.json;
  }
  async expect(method, path25, what, ok) {
    const answer = await this.call(method, path25, what);
    if (!ok.includes(answer.status)) throw this.failure(answer, method, what);
  }
  async assets(id) {
    const all = [];
    for (let page = 1; ; page++) {
      const batch = await this.json("GET", `releases/${id}/assets?per_page=100&page=${page}`, "listing the release's assets");
      all.push(...batch);
      if (batch.length < 100) return all;
    }
  }
  uploadUrl(template) {
    let url;
    try {
      url = new URL(template.replace(/\{[^}]*\}$/, ""));
    } catch {
      url = void 0;
    }
    if (!url || !trustedUploadHost(this.api.apiUrl, url)) {
      throw this.error(
        `the release's upload_url (${template.split("{")[0]}) is not on the GitHub API's host (${this.api.apiUrl.host}), so the token is not sent there`,
        "Check GITHUB_API_URL: it must be the API of the server that holds the repository."
      );
    }
    return url;
  }
  /** Uploads one asset; 'exists' when GitHub says an asset of that name is already there. */
  async upload(base, file) {
    const url = new URL(base);
    url.searchParams.set("name", file.filename);
    let answer;
    try {
      this.deps.log.debug(`GitHub API: POST ${url.pathname}?name=${file.filename}`);
      answer = await send(url, {
        method: "POST",
        headers: this.headers({ "content-type": "application/octet-stream", "content-length": String(file.size) }),
        body: fs10.createReadStream(file.path),
        deadlineMs: transferDeadlineMs(file.size)
      }, this.deps);
    } catch (error2) {
      if (error2 instanceof BodyTooLarge) throw this.tooLarge(`uploading ${file.filename}`);
      throw this.unreachable(`uploading ${file.filename}`, url, error2);
    }
    if (answer.status === 201) return "uploaded";
    if (answer.status === 422 && /already_exists/.test(answer.text)) return "exists";
    throw this.failure(answer, "POST", `uploading ${file.filename}`);
  }
  /** The status explained: what GitHub said, the likely cause, and how to finish. */
  failure(answer, method, what) {
    const message = githubMessage(answer);
    const said = `GitHub answered ${answer.status}${message ? ` "${message}"` : ""} while ${what}`;
    const remaining = header2(answer.headers, "x-ratelimit-remaining");
    const accepted = header2(answer.headers, "x-accepted-github-permissions");
    const hint = answer.status === 401 ? "The token was refused: `github-token` must be a valid token (the default, `${{ github.token }}`, always is while the job runs)." : (answer.status === 403 || answer.status === 429) && remaining === "0" ? "The API rate limit is used up; re-run the job once it resets." : answer.status === 403 ? `The token may not ${method === "GET" ? "read" : "write"} releases: give the job \`permissions: contents: write\` (a workflow or organisation default of read-only makes GITHUB_TOKEN unable to create releases)${accepted ? `; GitHub says this call needs ${accepted}` : ""}.` : answer.status === 404 ? `The repository ${this.api.repository} was not found by ${this.api.apiUrl.host}, or the token cannot see it: check GITHUB_REPOSITORY and that \`github-token\` belongs to this repository (a private repository answers 404 to a token without access).` : answer.status === 422 ? `GitHub refused the request as invalid${validationDetails(answer)}. A tag name GitHub cannot use, or a target commit it does not have (push the commit, or let the Tag stage push the tag), are the usual causes.` : "GitHub may be having trouble (see https://www.githubstatus.com).";
    return this.error(said, hint);
  }
  mismatch(file, asset) {
    return this.error(
      `the asset ${file.filename} on the release is not the released file (${asset ? describeAsset(asset) : "missing"}; ours ${formatSize(file.size)} sha256:${file.sha256})`,
      "Another run may be attaching files to the same release; delete the asset and re-run."
    );
  }
  unreachable(what, url, error2) {
    const reason2 = error2 instanceof Error ? error2.code ?? error2.message : String(error2);
    return this.error(`${url.host} could not be reached while ${what} (${reason2})`, "Check GITHUB_API_URL and the network, or GitHub's status.", error2);
  }
  error(what, hint, cause) {
    if (this.req.released === void 0) {
      return new ReleaseError({
        code: "GITHUB_RELEASE_FAILED",
        message: `The GitHub Release of ${this.req.tag} could not be prepared: ${what}. Nothing was uploaded.`,
        hint: `${hint}
Or set \`github-release: false\` to release without a GitHub Release.`,
        cause
      });
    }
    return new ReleaseError({
      code: "GITHUB_RELEASE_FAILED",
      message: `${this.req.released}, but the GitHub Release of ${this.req.tag} could not be finished: ${what}.`,
      hint: `${hint}
The release on PyPI succeeded; only the GitHub Release is left. To finish it, fix the cause and re-run the job: files already on both indexes, the tag, the release and its assets are found and skipped. Or set \`github-release: false\`.`,
      cause
    });
  }
};
var MAX_ANSWER = 16 * 1024 * 1024;
var READ_ATTEMPTS = 3;
async function send(url, req, deps) {
  const answer = await fetchText(url, req, deps, { limit: MAX_ANSWER, overflow: "fail" });
  let json;
  try {
    json = answer.body ? JSON.parse(answer.body) : void 0;
  } catch {
    json = void 0;
  }
  return { status: answer.status, json, text: answer.body, headers: answer.headers };
}
function header2(headers, name) {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}
function githubMessage(answer) {
  const message = answer.json?.message;
  return typeof message === "string" ? message.slice(0, 300) : answer.text.slice(0, 200).trim();
}
function validationDetails(answer) {
  const errors = answer.json?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return "";
  const parts = errors.map((e) => [e.field, e.code, e.message].filter(Boolean).join(" "));
  return ` (${parts.join("; ")})`;
}

// src/release/read-notes.ts
import fs11 from "node:fs/promises";
import path19 from "node:path";

// src/release/notes.ts
var CHANGELOG_NAMES = [
  "CHANGELOG.md",
  "CHANGES.md",
  "HISTORY.md",
  "NEWS.md",
  "CHANGELOG.rst",
  "CHANGES.rst",
  "HISTORY.rst",
  "NEWS.rst",
  "CHANGELOG",
  "CHANGES",
  "HISTORY",
  "NEWS",
  "CHANGELOG.txt",
  "CHANGES.txt",
  "HISTORY.txt",
  "NEWS.txt"
];
var UNDERLINE = /^([=\-~^*+#`'".:_])\1{2,}\s*$/;
function headings(text, format) {
  const lines = text.split(/\r?\n/);
  const found = [];
  const rstStyles = [];
  let fence;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (format === "markdown") {
      const f = /^\s{0,3}(```+|~~~+)/.exec(line);
      if (f) {
        if (fence === void 0) fence = f[1][0];
        else if (f[1][0] === fence) fence = void 0;
        continue;
      }
      if (fence !== void 0) continue;
      const atx = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
      if (atx) {
        found.push({ start: i, end: i + 1, text: atx[2], level: atx[1].length });
        continue;
      }
    }
    const next = lines[i + 1];
    if (line.trim() === "" || next === void 0 || UNDERLINE.exec(line)) continue;
    const under = UNDERLINE.exec(next);
    if (!under) continue;
    const char = under[1];
    if (format === "markdown") {
      if (char !== "=" && char !== "-") continue;
      if (/^\s{4,}/.test(line)) continue;
      found.push({ start: i, end: i + 2, text: line.trim(), level: char === "=" ? 1 : 2 });
      i++;
      continue;
    }
    const over = i > 0 && UNDERLINE.exec(lines[i - 1])?.[1] === char;
    const style = `${over ? "over" : ""}${char}`;
    if (!rstStyles.includes(style)) rstStyles.push(style);
    found.push({ start: over ? i - 1 : i, end: i + 2, text: line.trim(), level: rstStyles.indexOf(style) + 1 });
    i++;
  }
  return found;
}
function headingNamesVersion(heading, version) {
  const plain = heading.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
  return plain.split(/[\s[\]()<>,;|*`"'/]+/).some((word) => {
    const candidate = word.replace(/^(?:version|release|v)[-_]?(?=\d)/i, "").replace(/[.:]+$/, "");
    return /^\d/.test(candidate) && equal(candidate, version);
  });
}
function changelogSection(text, version, format = "markdown") {
  const lines = text.split(/\r?\n/);
  const all = headings(text, format);
  const index = all.findIndex((h) => headingNamesVersion(h.text, version));
  if (index < 0) return void 0;
  const heading = all[index];
  const next = all.slice(index + 1).find((h) => h.level <= heading.level);
  const body = lines.slice(heading.end, next ? next.start : lines.length);
  while (body.length > 0 && (body[body.length - 1].trim() === "" || /^\s{0,3}\[[^\]]+\]:\s*\S+/.test(body[body.length - 1]))) body.pop();
  while (body.length > 0 && body[0].trim() === "") body.shift();
  return body.length > 0 ? body.join("\n") : void 0;
}
function changelogFormat(filename) {
  return /\.rst$/i.test(filename) ? "rst" : "markdown";
}
var GIT_LOG_FORMAT = "%H%x1f%s%x1f%b%x1e";
function parseGitLog(output) {
  return output.split("").map((r) => r.replace(/^\s+/, "")).filter((r) => r !== "").flatMap((record) => {
    const [hash, subject, body] = record.split("");
    return hash && subject !== void 0 ? [{ hash: hash.trim(), subject: subject.trim(), body: (body ?? "").trim() }] : [];
  });
}
var GROUPS = [
  ["feat", "Features"],
  ["fix", "Bug fixes"],
  ["perf", "Performance"],
  ["docs", "Documentation"],
  ["refactor", "Refactoring"]
];
function parseConventional(commit) {
  const m = /^([A-Za-z]+)(?:\(([^()]*)\))?(!)?:\s+(.+)$/.exec(commit.subject);
  const footer = /^BREAKING[ -]CHANGE:\s*([\s\S]*?)(?:\n\n|\n[\w-]+(?:: | #)|$)/m.exec(commit.body);
  const breakingNote = footer?.[1]?.trim() || void 0;
  if (!m) return { hash: commit.hash, type: void 0, scope: void 0, description: commit.subject, breaking: footer !== null, breakingNote };
  return {
    hash: commit.hash,
    type: m[1].toLowerCase(),
    scope: m[2]?.trim() || void 0,
    description: m[4].trim(),
    breaking: m[3] === "!" || footer !== null,
    breakingNote
  };
}
function commitNotes(commits, options2 = {}) {
  const skip = new Set(options2.skipSubjects ?? []);
  const parsed = commits.filter((c) => !skip.has(c.subject)).map(parseConventional);
  const line = (c, note = false) => `- ${c.scope ? `**${c.scope}:** ` : ""}${c.description} (${c.hash.slice(0, 7)})` + (note && c.breakingNote && c.breakingNote !== c.description ? `
  ${c.breakingNote.replace(/\n/g, "\n  ")}` : "");
  const sections = [];
  const section = (title, items) => {
    if (items.length > 0) sections.push(`### ${title}

${items.join("\n")}`);
  };
  section("Breaking changes", parsed.filter((c) => c.breaking).map((c) => line(c, true)));
  const rest = parsed.filter((c) => !c.breaking);
  for (const [type, title] of GROUPS) section(title, rest.filter((c) => c.type === type).map((c) => line(c)));
  const known = new Set(GROUPS.map(([t]) => t));
  section("Other changes", rest.filter((c) => c.type === void 0 || !known.has(c.type)).map((c) => c.type === void 0 ? line(c) : line({ ...c, description: `${c.type}${c.scope ? `(${c.scope})` : ""}: ${c.description}`, scope: void 0 })));
  if (sections.length === 0) {
    sections.push(options2.previousTag ? `No changes since ${options2.previousTag}.` : "No changes recorded.");
  }
  if (options2.compareUrl) sections.push(`**Full changelog**: ${options2.compareUrl}`);
  return sections.join("\n\n");
}

// src/release/read-notes.ts
var MAX_COMMITS = 200;
async function readReleaseNotes(req, deps) {
  const root = (await readGit(req.projectDir, ["rev-parse", "--show-toplevel"], deps))?.trim();
  const dirs = [.../* @__PURE__ */ new Set([path19.resolve(req.projectDir), ...root ? [path19.resolve(root)] : []])];
  for (const dir of dirs) {
    for (const name of CHANGELOG_NAMES) {
      const file = path19.join(dir, name);
      const text2 = await fs11.readFile(file, "utf8").catch(() => void 0);
      if (text2 === void 0) continue;
      const section = changelogSection(text2, req.version, changelogFormat(name));
      const shown = path19.relative(root ?? req.projectDir, file) || name;
      if (section !== void 0) return { text: section, source: shown };
      deps.log.info(`${shown} has no section for ${req.version}: the notes are made from the commits instead.`);
    }
  }
  const previous = (await versionTags(req.projectDir, req.tagPrefix, deps)).filter((t) => t.tag !== req.tag && compare(t.version, req.version) < 0).sort((a, b) => compare(b.version, a.version))[0]?.tag;
  const range2 = previous ? `${previous}..HEAD` : "HEAD";
  const out = await readGit(req.projectDir, ["log", "--no-merges", "--no-show-signature", `--max-count=${MAX_COMMITS}`, `--format=${GIT_LOG_FORMAT}`, range2, "--", "."], deps);
  const skip = new Set(req.skipSubjects);
  const commits = parseGitLog(out ?? "").filter((c) => !skip.has(c.subject));
  const text = commitNotes(commits, {
    previousTag: previous,
    compareUrl: previous && req.repositoryUrl ? `${req.repositoryUrl}/compare/${previous}...${req.tag}` : void 0
  });
  return { text, source: `${commits.length} commit${commits.length === 1 ? "" : "s"} ${previous ? `since ${previous}` : "(no earlier tag)"}` };
}

// src/release/github-release.ts
async function planGitHubRelease(config, version, tagStageRuns, deps) {
  const { mode, api } = config.githubRelease;
  if (mode === "false" || config.dryRun) return void 0;
  const triggered = config.from.intent?.kind === "tag" ? config.from.intent.tag : void 0;
  const tag = triggered ?? `${config.tagPrefix}${version}`;
  if (!api) {
    if (triggered || tagStageRuns) deps.log.info("No GitHub Release: no `github-token` or no GITHUB_REPOSITORY (not running on GitHub Actions).");
    return void 0;
  }
  if (mode === "true" || triggered || tagStageRuns || config.githubRelease.eventRelease) return { api, tag };
  if ((await listTags(config.projectDir, deps)).includes(tag)) return { api, tag };
  deps.log.info(`No GitHub Release: the run has no tag (${tag} is not in the checkout and git is '${config.git}'); set \`github-release: true\` to have GitHub create it.`);
  return void 0;
}
async function checkGitHubRelease(plan, deps) {
  await checkGitHubAccess(plan.api, plan.tag, deps);
}
async function makeGitHubRelease(plan, config, released, deps) {
  const head = async () => (await readGit(config.projectDir, ["rev-parse", "HEAD"], deps))?.trim() || void 0;
  return publishGitHubRelease(plan.api, {
    tag: plan.tag,
    title: `${released.name} ${released.version}`,
    commit: released.tagged?.commit ?? await head(),
    prerelease: released.isPrerelease,
    notes: async () => {
      const notes = await readReleaseNotes({
        projectDir: config.projectDir,
        version: released.version,
        tag: plan.tag,
        tagPrefix: config.tagPrefix,
        skipSubjects: [config.commitMessage.replaceAll("{version}", released.version)],
        repositoryUrl: config.githubRelease.repositoryUrl
      }, deps);
      deps.log.info(`release notes from ${notes.source}`);
      return notes.text;
    },
    files: released.files.map((f) => ({ filename: f.filename, path: f.path, size: f.size, sha256: f.sha256 })),
    eventRelease: config.githubRelease.eventRelease,
    released: `${released.name} ${released.version} is on production (${released.productionUrl})`
  }, deps);
}

// src/smoke/install.ts
import fs12 from "node:fs/promises";
import path20 from "node:path";
async function smokeTest(python, request, deps) {
  const venv = await createVenv(python, path20.join(request.workDir, "venv"), deps);
  const [pip, pipArgs] = pipCommand(python, venv);
  const findLinks = path20.dirname(request.files[0].path);
  const env = childEnvFor(deps);
  const requirements3 = path20.join(request.workDir, "staged-requirements.txt");
  const hashes = request.files.map((f) => ` --hash=sha256:${f.dist.sha256}`).join("");
  await fs12.writeFile(requirements3, `${request.name}==${request.version}${hashes}
`);
  await runPip(pip, [
    ...pipArgs,
    "install",
    "--no-deps",
    "--no-index",
    "--no-cache-dir",
    "--require-hashes",
    "--find-links",
    findLinks,
    "-r",
    requirements3
  ], env, deps, "install the release's files", request.stops);
  if (request.files.some((f) => (f.dist.metadata.headers["requires-dist"] ?? []).length > 0)) {
    await runPip(pip, [
      ...pipArgs,
      "install",
      "--no-cache-dir",
      "--index-url",
      request.dependencyIndex.href,
      "--find-links",
      findLinks,
      `${request.name}==${request.version}`
    ], env, deps, "install the dependencies", request.stops);
  }
  const wheelTop = [...new Set(request.files.flatMap((f) => f.dist.topLevel))].sort();
  if (wheelTop.length > 0) await importAll(venv, wheelTop, request.workDir, env, deps, request.stops);
  let commandOutput;
  if (request.command) commandOutput = await runCommand(venv, request.command, request.workDir, env, deps, request.stops);
  return { imported: wheelTop, commandOutput };
}
async function runPip(pip, args, env, deps, what, stops) {
  const result = await deps.exec(pip, args, { env });
  if (result.exitCode !== 0) {
    throw new ReleaseError({
      code: "SMOKE_INSTALL_FAILED",
      message: `The smoke test could not ${what} (pip exited with ${result.exitCode}); nothing was ${stops}.`,
      details: tail(`${result.stdout}
${result.stderr}`),
      hint: "A dependency missing from the production index, or a requires-python the runner does not meet, are the usual causes: the pip output above says which." + again(stops)
    });
  }
}
var IMPORT_ALL = `
import importlib, sys, traceback
failed = []
for name in sys.argv[1:]:
    try:
        importlib.import_module(name)
        print("imported", name)
    except BaseException:
        failed.append(name)
        traceback.print_exc()
sys.exit(1 if failed else 0)
`;
async function importAll(venv, modules, cwd, env, deps, stops) {
  const result = await deps.exec(venv.python, ["-c", IMPORT_ALL, ...modules], { cwd, env: activated(venv, env) });
  if (result.exitCode !== 0) {
    throw new ReleaseError({
      code: "SMOKE_TEST_FAILED",
      message: `Importing the installed package failed (${modules.join(", ")}); nothing was ${stops}.`,
      details: tail(`${result.stdout}
${result.stderr}`),
      hint: "The traceback above is from the package as installed in a fresh environment: a module missing from the wheel, or a dependency not declared in [project].dependencies, are the usual causes." + again(stops)
    });
  }
}
function smokeShell(command, platform2 = process.platform) {
  return platform2 === "win32" ? ["pwsh", ["-NoProfile", "-NonInteractive", "-Command", command]] : ["bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", command]];
}
async function runCommand(venv, command, cwd, env, deps, stops) {
  const [shell, args] = smokeShell(command);
  const result = await deps.exec(shell, args, { cwd, env: activated(venv, env) });
  if (result.exitCode !== 0) {
    throw new ReleaseError({
      code: "SMOKE_TEST_FAILED",
      message: `The smoke-test command failed (exit code ${result.exitCode}); nothing was ${stops}.`,
      details: [`$ ${command}`, ...tail(`${result.stdout}
${result.stderr}`)],
      hint: "The command ran in a fresh environment holding only the release's package and its dependencies, from an empty folder: run it the same way locally to reproduce." + again(stops)
    });
  }
  return result.stdout;
}
function activated(venv, env, platform2 = process.platform) {
  const key = Object.keys(env).find((k) => k.toUpperCase() === "PATH") ?? "PATH";
  const delimiter2 = platform2 === "win32" ? path20.win32.delimiter : path20.posix.delimiter;
  const out = { ...env, VIRTUAL_ENV: venv.dir, [key]: env[key] ? `${venv.bin}${delimiter2}${env[key]}` : venv.bin };
  delete out.PYTHONHOME;
  return out;
}
async function indexResolves(python, request, deps) {
  if (!request.files.some((f) => f.filename.endsWith(".whl"))) return false;
  const venv = await createVenv(python, path20.join(request.workDir, "venv"), deps);
  const [pip, pipArgs] = pipCommand(python, venv);
  const requirements3 = path20.join(request.workDir, "staged-requirements.txt");
  await fs12.writeFile(requirements3, `${request.name}==${request.version}${request.files.map((f) => ` --hash=sha256:${f.sha256}`).join("")}
`);
  await runPip(
    pip,
    [
      ...pipArgs,
      "download",
      "--no-deps",
      "--no-cache-dir",
      "--require-hashes",
      "--only-binary",
      ":all:",
      "--index-url",
      request.index.href,
      "--dest",
      path20.join(request.workDir, "resolved"),
      "-r",
      requirements3
    ],
    childEnvFor(deps),
    deps,
    `resolve ${request.name}==${request.version} from the staging index`,
    "promoted"
  );
  return true;
}
function again(stops) {
  return stops === "uploaded" ? " Nothing was uploaded to either index, so the version is still free: fix the package, commit, and run the release again." : "";
}

// src/version/prebuilt.ts
import path21 from "node:path";
async function planPrebuilt(from, request, deps) {
  const paths = await globDists(from.patterns);
  if (paths.length === 0) {
    throw new ReleaseError({
      code: "DISTS_NOT_FOUND",
      message: `The \`dists\` patterns match no file: ${from.patterns.join(", ")}; nothing was uploaded.`,
      hint: "Put the built files in the workspace before this step (e.g. actions/download-artifact with `pattern: dist-*` and `merge-multiple: true`, `path: dist`) and check the patterns: relative ones start at the workspace."
    });
  }
  const named = paths.map((p) => parseDistFilename(path21.basename(p))).find((n) => !("error" in n) && isValid(n.version));
  if (!named || "error" in named) {
    throw new ReleaseError({
      code: "DIST_INVALID",
      message: `None of the files \`dists\` matched is named as a wheel or an sdist: ${paths.map((p) => path21.basename(p)).join(", ")}; nothing was uploaded.`,
      hint: "Point `dists` at the .whl and .tar.gz files the build wrote, e.g. `dist/*`."
    });
  }
  const version = normalize(named.version);
  const name = named.name.toLowerCase().replace(/[-_.]+/g, "-");
  if (from.intent && !equal(from.intent.version, version)) {
    const says = from.intent.kind === "tag" ? `the tag ${from.intent.tag} releases` : "the `version` input says";
    throw new ReleaseError({
      code: "VERSION_MISMATCH",
      message: `The files in \`dists\` are ${name} ${version} (${path21.basename(paths[0])}), but ${says} ${from.intent.version}; nothing was uploaded.`,
      hint: "Build the files at the version being released (for setuptools-scm and hatch-vcs, from the tagged commit), or remove the `version` input to release what the files say."
    });
  }
  const earlier = (await versionTags(request.projectDir, request.tagPrefix, deps)).map((t) => t.version).filter((v) => compare(v, version) < 0);
  deps.log.info(`${name} ${version}: ${paths.length} file(s) from \`dists\`, built elsewhere`);
  return { name, version, previous: highest(earlier) ?? "", isPrerelease: isPrerelease(version), paths };
}

// src/run/prepare.ts
async function decideVersion2(run2) {
  const { deps } = run2;
  const plan = await run2.stage("Version", async () => {
    const { config } = run2;
    if (config.from.kind === "project" || writesGit(config)) await ensureHistory(config.projectDir, deps);
    const planned = config.from.kind === "dists" ? await planPrebuilt(config.from, config, deps) : await planVersion({
      ...config,
      intent: config.from.intent,
      released: (name) => releasedVersions(config, name, deps),
      resumes: (version, tag) => rerunOf(run2, version, tag)
    }, deps);
    await refuseReleased({ name: planned.name, version: planned.version, others: "source" in planned ? knownVersions(planned) : [] }, config, deps);
    if (!("edits" in planned)) return { ...planned, written: [] };
    deps.log.info(`${planned.name}: ${planned.previous || "(first release)"} -> ${planned.version}; the version lives in ${planned.source.describe}`);
    const written = await writeEdits(planned.edits, planned.version);
    for (const file of written) deps.log.info(`wrote ${planned.version} to ${path22.relative(config.projectDir, file) || file}`);
    return { ...planned, written };
  });
  if ("tagPrefix" in plan) run2.config = { ...run2.config, tagPrefix: plan.tagPrefix };
  return plan;
}
async function build(run2, plan) {
  if ("paths" in plan) return plan.paths;
  const { config, deps } = run2;
  return run2.stage("Build", async () => {
    try {
      const frontend = await prepareBuildFrontend(await run2.python(), run2.workDir, deps);
      return await buildDists(frontend, {
        projectDir: config.projectDir,
        outDir: path22.join(run2.workDir, "dist"),
        sourceDateEpoch: await lastCommitTime(config.projectDir, deps),
        env: plan.buildEnv
      }, deps);
    } finally {
      if (config.dryRun) await restoreEdits(plan.edits);
    }
  });
}
async function inspect(run2, plan, built) {
  const { config, deps } = run2;
  return run2.stage("Inspect", async () => {
    let renderer;
    const renderRst = async (texts) => (await (renderer ??= run2.python().then((p) => prepareRstRenderer(p, run2.workDir, deps))))(texts);
    const skipRst = config.skipChecks.includes("rst");
    if (skipRst) deps.log.info("The reStructuredText description is not checked (skip-checks: rst).");
    const found = await inspectDists(built, { version: plan.version, name: plan.name, maxFileSize: config.maxFileSize }, skipRst ? {} : { renderRst });
    for (const d of found) deps.log.info(`${d.filename}  ${d.size} bytes  sha256:${d.sha256}`);
    if (writesGit(config) && !config.dryRun) await refuseTagElsewhere(config.projectDir, `${config.tagPrefix}${plan.version}`, plan.written, deps);
    const release2 = await adoptStaged(found, config, {
      ...plan,
      maxFileSize: config.maxFileSize,
      record: () => releaseTagRecord(run2, plan.version, plan.written),
      taken: "tags" in plan ? plan.tags.map((t) => t.version) : []
    }, run2.workDir, deps);
    await refuseConflicts(config.production, { ...plan, maxProjectSize: config.maxProjectSize }, release2, deps);
    return release2;
  });
}
async function gitHubReleaseChecked(run2, version) {
  if (run2.config.mode === "stage") return void 0;
  const github = await planGitHubRelease(run2.config, version, writesGit(run2.config), run2.deps);
  if (github) await checkGitHubRelease(github, run2.deps);
  return github;
}
async function localSmokeTest(run2, plan, dists) {
  const { config, deps } = run2;
  return run2.stage("Local smoke test", async () => {
    const files = await gathered(dists, path22.join(run2.workDir, "local-files"));
    const result = await smokeTest(await run2.python(), {
      files,
      name: plan.name,
      version: plan.version,
      dependencyIndex: config.smokeIndexUrl,
      command: config.smokeTest,
      workDir: path22.join(run2.workDir, "local-smoke"),
      stops: "uploaded"
    }, deps);
    if (result.commandOutput !== void 0) deps.log.info("smoke-test command passed");
    return result;
  });
}
async function uploadCredentials(run2, name) {
  const { config, deps } = run2;
  const writes = { staging: config.uploadsTo.includes(config.staging), production: config.uploadsTo.includes(config.production) };
  const credentials = async () => {
    const audiences = await distinctAudiences({
      staging: writes.staging && !config.staging.token ? config.staging.urls : void 0,
      production: writes.production && !config.production.token ? config.production.urls : void 0
    }, deps);
    return {
      staging: writes.staging ? await uploadAuth(config.staging, name, deps, audiences.staging) : void 0,
      production: writes.production ? await uploadAuth(config.production, name, deps, audiences.production) : void 0
    };
  };
  const minted = writes.staging && !config.staging.token || writes.production && !config.production.token;
  return minted ? run2.stage("Trusted publishing", credentials) : credentials();
}
async function attest(run2, files) {
  const { attestations } = run2.config;
  if (!attestations.staging && !attestations.production) return void 0;
  return run2.stage("Attest", async () => {
    const { attestDists } = await import("./chunks/release-74JU7A62.js");
    return attestDists(files, attestations, run2.deps);
  });
}
async function gathered(dists, dir) {
  await fs13.mkdir(dir, { recursive: true });
  const files = [];
  for (const dist of dists) {
    const to = path22.join(dir, dist.filename);
    await fs13.link(dist.path, to).catch(() => fs13.copyFile(dist.path, to));
    files.push({ dist, path: to });
  }
  return files;
}
async function releaseTagRecord(run2, version, written) {
  const { config, deps } = run2;
  if (!writesGit(config)) return void 0;
  const tag = await readOriginTag(config.projectDir, `${config.tagPrefix}${version}`, written, deps);
  if (!tag) return void 0;
  if (!tag.ours) {
    deps.log.warning(`The tag ${tag.tag} on origin points at ${tag.commit}, not at the commit this run built: what it records is not taken as this release's.`);
    return void 0;
  }
  return { where: `the tag ${tag.tag} on origin`, files: recordedFiles(tag.message) };
}
async function rerunOf(run2, version, name) {
  const { config, deps } = run2;
  const id = runId(deps.env);
  if (!writesGit(config) || !id) return false;
  const tag = await readOriginTag(config.projectDir, name, void 0, deps);
  const again2 = tag?.ours === true && recordedRun(tag.message) === id;
  if (again2) deps.log.info(`The tag ${tag.tag} on origin records this very run (${id}): finishing ${version}.`);
  return again2;
}
function knownVersions(plan) {
  return [
    ...plan.tags.map((t) => ({ version: t.version, where: `tag ${t.tag}` })),
    ...plan.source.kind === "file" ? [{ version: plan.source.version, where: plan.source.describe }] : []
  ];
}

// src/run/publish.ts
import path23 from "node:path";

// src/attest/attached.ts
function withAttestations(dists, attested, on) {
  if (attested === void 0 || !on) return [...dists];
  return dists.map((d) => {
    const attestation = attested.attestations.get(d.filename);
    return attestation === void 0 ? d : { ...d, attestations: [attestation] };
  });
}

// src/index/upload.ts
import fsp2 from "node:fs/promises";

// src/index/form.ts
var SINGLE = [
  ["summary", "summary"],
  ["description-content-type", "description_content_type"],
  ["home-page", "home_page"],
  ["download-url", "download_url"],
  ["author", "author"],
  ["author-email", "author_email"],
  ["maintainer", "maintainer"],
  ["maintainer-email", "maintainer_email"],
  ["license", "license"],
  ["license-expression", "license_expression"],
  ["requires-python", "requires_python"]
];
var MULTI = [
  ["classifier", "classifiers"],
  ["platform", "platform"],
  ["supported-platform", "supported_platform"],
  ["requires-dist", "requires_dist"],
  ["provides-dist", "provides_dist"],
  ["obsoletes-dist", "obsoletes_dist"],
  ["requires-external", "requires_external"],
  ["provides-extra", "provides_extra"],
  // The header is already "Label, URL", the form's own spelling.
  ["project-url", "project_urls"],
  ["license-file", "license_file"],
  ["dynamic", "dynamic"],
  ["requires", "requires"],
  ["provides", "provides"],
  ["obsoletes", "obsoletes"],
  ["import-name", "import_name"],
  ["import-namespace", "import_namespace"]
];
function uploadFormFields(dist) {
  const meta = dist.metadata;
  const metadataVersion = first(meta, "metadata-version") ?? "";
  const fields = [
    [":action", "file_upload"],
    ["protocol_version", "1"],
    ["filetype", dist.kind === "sdist" ? "sdist" : "bdist_wheel"],
    ["pyversion", dist.pyversion],
    ["metadata_version", metadataVersion],
    ["name", dist.name],
    ["version", dist.version]
  ];
  for (const [header3, form] of SINGLE) {
    const value = first(meta, header3);
    if (value !== void 0) fields.push([form, value]);
  }
  const description = descriptionOf(meta);
  if (description !== void 0) fields.push(["description", description]);
  const keywords = keywordsOf(meta);
  if (keywords !== void 0) fields.push(["keywords", keywords]);
  const licenseFilesAllowed = versionAtLeast(metadataVersion, [2, 4]);
  for (const [header3, form] of MULTI) {
    if (form === "license_file" && !licenseFilesAllowed) continue;
    for (const value of values(meta, header3)) fields.push([form, value]);
  }
  fields.push(["sha256_digest", dist.sha256]);
  if (dist.attestations !== void 0 && dist.attestations.length > 0) fields.push(["attestations", JSON.stringify(dist.attestations)]);
  return fields;
}
function values(meta, header3) {
  return (meta.headers[header3] ?? []).filter((v) => v.trim() !== "" && v !== "UNKNOWN");
}
function first(meta, header3) {
  return values(meta, header3)[0];
}
function descriptionOf(meta) {
  const body = meta.body;
  if (body !== void 0 && body.trim() !== "" && body !== "UNKNOWN") return body;
  return first(meta, "description");
}
function keywordsOf(meta) {
  const all = values(meta, "keywords");
  if (all.length === 0) return void 0;
  if (all.length === 1) return all[0];
  return all.flatMap((v) => v.split(",")).map((k) => k.trim()).filter((k) => k !== "").join(",");
}
function versionAtLeast(version, [major, minor]) {
  const m = /^(\d+)\.(\d+)/.exec(version.trim());
  if (!m) return false;
  const [maj, min] = [Number(m[1]), Number(m[2])];
  return maj > major || maj === major && min >= minor;
}

// src/index/multipart.ts
import { randomBytes } from "node:crypto";
import { open as open4 } from "node:fs/promises";
var FileChangedError = class extends Error {
  name = "FileChangedError";
};
var CHUNK2 = 256 * 1024;
var RING = 4;
function quoted(value) {
  return value.replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/"/g, "%22");
}
function multipartBody(fields, file) {
  const boundary = `----pypi-promote-${randomBytes(16).toString("hex")}`;
  const parts = fields.map(
    ([name, value]) => `--${boundary}\r
Content-Disposition: form-data; name="${quoted(name)}"\r
\r
${value}\r
`
  );
  const head = Buffer.from(
    parts.join("") + `--${boundary}\r
Content-Disposition: form-data; name="${quoted(file.field)}"; filename="${quoted(file.filename)}"\r
Content-Type: ${file.contentType}\r
\r
`,
    "utf8"
  );
  const tail2 = Buffer.from(`\r
--${boundary}--\r
`, "utf8");
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    contentLength: head.length + file.size + tail2.length,
    async *chunks() {
      yield head;
      yield* fileChunks(file.path, file.size);
      yield tail2;
    }
  };
}
async function* fileChunks(path25, size) {
  const handle = await open4(path25, "r");
  try {
    const before = await handle.stat();
    if (before.size !== size) throw new FileChangedError(`${path25} is ${before.size} bytes, not the ${size} inspected`);
    const ring = Array.from({ length: RING }, () => Buffer.allocUnsafe(CHUNK2));
    let offset = 0;
    for (let n = 0; offset < size; n++) {
      const buffer = ring[n % RING];
      const { bytesRead } = await handle.read(buffer, 0, Math.min(CHUNK2, size - offset), offset);
      if (bytesRead === 0) throw new FileChangedError(`${path25} ended after ${offset} of ${size} bytes`);
      offset += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
    const after = await handle.stat();
    if (after.size !== size || after.mtimeMs !== before.mtimeMs) {
      throw new FileChangedError(`${path25} was modified while it was being sent`);
    }
  } finally {
    await handle.close();
  }
}

// src/index/upload.ts
var DEFAULT_UPLOAD_TIME_LIMIT = { baseMs: 12e4, bytesPerSecond: 512 * 1024 };
function uploadTimeLimitMs(size, limit = DEFAULT_UPLOAD_TIME_LIMIT) {
  return Math.round(limit.baseMs + size / limit.bytesPerSecond * 1e3);
}
var PROGRESS_EVERY_MS = 1e4;
async function upload(dist, target, deps, opts = {}) {
  const policy = opts.retry ?? DEFAULT_RETRY;
  const { urls: urls2, token } = target;
  const username = target.username ?? TOKEN_USER;
  const basic = Buffer.from(`${username}:${token}`).toString("base64");
  const ctx = { filename: dist.filename, urls: urls2, secrets: [token, basic], ...username !== TOKEN_USER && { account: username } };
  const where = uploadTarget(urls2);
  await assertUnchanged(dist);
  const limitMs = uploadTimeLimitMs(dist.size, opts.timeLimit);
  deps.log.info(`Uploading ${dist.filename} (${formatSize(dist.size)}) to ${where}`);
  const result = await withRetries(
    policy,
    deps,
    `Uploading ${dist.filename} to ${where}`,
    async () => {
      const body = uploadBody(dist);
      let answer;
      try {
        answer = await exchange(urls2.upload, {
          method: "POST",
          headers: {
            authorization: `Basic ${basic}`,
            "user-agent": USER_AGENT,
            accept: "*/*",
            "content-type": body.contentType,
            "content-length": String(body.contentLength)
          },
          body: withProgress(body, dist.filename, deps, opts.progressEveryMs ?? PROGRESS_EVERY_MS),
          deadlineMs: limitMs,
          deadlineMessage: `no answer within ${Math.round(limitMs / 1e3)} s, the time limit for ${formatSize(dist.size)}`
        }, deps, (res) => readAnswer(res, { limit: MAX_ERROR_BODY, overflow: "truncate" }));
      } catch (error2) {
        if (fileChanged(error2)) throw changedOnDisk(dist, error2);
        throw error2;
      }
      deps.log.debug(`POST ${displayUrl(urls2.upload)} ${dist.filename}: ${answer.status} ${redact(answer.statusText, ctx.secrets)}`);
      if (answer.status >= 200 && answer.status < 300) {
        const warnings = redact(answer.body.trim(), ctx.secrets);
        if (warnings !== "" && /^text\/plain/i.test(answer.contentType)) deps.log.warning(`${urls2.label} on ${dist.filename}: ${warnings}`);
        return { kind: "done", value: "uploaded" };
      }
      if (answer.status >= 300 && answer.status < 400) throw uploadRedirected(ctx, answer.location, answer.status);
      if (saysAlreadyExists(answer)) {
        const said = redact(serverMessage(answer), ctx.secrets);
        const listed = await lookup(dist, urls2, deps, policy);
        if (listed?.sha256 === dist.sha256) return { kind: "done", value: "exists" };
        throw filenameReused([{ filename: dist.filename, ours: dist.sha256, theirs: listed?.sha256, serverSaid: said }], urls2);
      }
      if (isRetryableStatus(answer.status)) {
        return { kind: "retry", reason: `${answer.status}${quote(redact(serverMessage(answer), ctx.secrets))}`, retryAfterMs: retryAfterMs(answer.retryAfter, deps.now()) };
      }
      throw uploadRejected(answer, ctx);
    },
    {
      giveUp: (reason2, cause) => unreachable(
        `Uploading ${dist.filename} to ${where} failed: ${redact(reason2, ctx.secrets)}`,
        "The index or the network kept failing. Re-run the job: files already on the index with the same sha256 are recognised and skipped.",
        cause
      ),
      beforeRetry: async () => {
        let listed;
        try {
          listed = await lookup(dist, urls2, deps, { ...policy, attempts: 1 });
        } catch (error2) {
          if (isReleaseError(error2) && error2.code === "FILENAME_REUSED") throw error2;
          deps.log.debug(`Could not read the listing before retrying: ${describeError(error2)}`);
          return void 0;
        }
        if (listed === void 0) return void 0;
        if (listed.sha256 === dist.sha256) return "exists";
        throw filenameReused([{ filename: dist.filename, ours: dist.sha256, theirs: listed.sha256 }], urls2);
      }
    }
  );
  deps.log.info(
    result === "uploaded" ? `Uploaded ${dist.filename}` : `${dist.filename} is already on ${urls2.label} with the same sha256 (${dist.sha256})`
  );
  return result;
}
async function publish(dists, target, deps, opts = {}) {
  const { urls: urls2 } = target;
  const ordered = [...dists.filter((d) => d.kind === "sdist"), ...dists.filter((d) => d.kind !== "sdist")];
  const listing = await listingFor(ordered, urls2, deps, opts.retry);
  const results = /* @__PURE__ */ new Map();
  const conflicts = [];
  for (const dist of ordered) {
    const listed = listing.get(dist.filename);
    if (listed === void 0) continue;
    const theirs = listed.sha256 ?? await hashRemote(listed, deps, opts.retry, dist.size);
    if (theirs === dist.sha256) {
      deps.log.info(`${dist.filename} is already on ${urls2.label} with the same sha256: skipped`);
      results.set(dist.filename, "exists");
    } else {
      conflicts.push({ filename: dist.filename, ours: dist.sha256, theirs });
    }
  }
  if (conflicts.length > 0) throw filenameReused(conflicts, urls2);
  const out = [];
  for (const dist of ordered) {
    const result = results.get(dist.filename) ?? await upload(dist, target, deps, opts);
    out.push({ filename: dist.filename, result });
  }
  return out;
}
async function* withProgress(body, filename, deps, everyMs) {
  const start = deps.now();
  const total = body.contentLength;
  let sent = 0;
  let nextReport = start + everyMs;
  for await (const chunk of body.chunks()) {
    yield chunk;
    sent += chunk.length;
    const now = deps.now();
    if (now >= nextReport && sent < total) {
      nextReport = now + everyMs;
      const rate = sent / Math.max(1, now - start) * 1e3;
      deps.log.info(`${filename}: ${formatSize(sent)} of ${formatSize(total)} sent (${Math.floor(sent / total * 100)}%, ${formatSize(rate)}/s)`);
    }
  }
}
function uploadBody(dist) {
  return multipartBody(uploadFormFields(dist), {
    field: "content",
    path: dist.path,
    filename: dist.filename,
    size: dist.size,
    contentType: "application/octet-stream"
  });
}
async function assertUnchanged(dist) {
  let size;
  try {
    size = (await fsp2.stat(dist.path)).size;
  } catch (error2) {
    throw changedOnDisk(dist, error2);
  }
  if (size !== dist.size) throw changedOnDisk(dist, new Error(`size ${size}, inspected ${dist.size}`));
}
function changedOnDisk(dist, cause) {
  return new ReleaseError({
    code: "DIST_INVALID",
    message: `${dist.filename} changed or vanished on disk after it was inspected (${describeError(cause)}).`,
    hint: "Something rewrote the dist directory during the release. Nothing more is uploaded; re-run the job.",
    cause
  });
}
function fileChanged(error2) {
  let current = error2;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    if (current instanceof FileChangedError) return true;
    current = current.cause;
  }
  return false;
}
async function lookup(dist, urls2, deps, policy) {
  const listed = (await listFiles(urls2, dist.name, deps, { fresh: true, retry: policy })).get(dist.filename);
  if (listed === void 0 || listed.sha256 !== void 0) return listed;
  return { ...listed, sha256: await hashRemote(listed, deps, policy, dist.size) };
}
function describeError(error2) {
  return error2 instanceof Error ? error2.message : String(error2);
}

// src/index/wait.ts
var MIN_READ_MS = 5e3;
async function waitForFiles(urls2, name, dists, deps, opts) {
  return poll(urls2, name, dists, deps, opts, {
    mismatch: (bad) => new ReleaseError({
      code: "STAGING_MISMATCH",
      message: `${listingTarget(urls2)} lists ${bad.map((b) => b.filename).join(", ")} with other contents than the files built here.`,
      details: conflictDetails(bad),
      hint: "Another upload of this version got there first (a concurrent or earlier run with a different build). Nothing was promoted. Release a new version; make the build reproducible (SOURCE_DATE_EPOCH) so that re-runs produce the same bytes."
    }),
    timeout: (missing, waitedMs, lastError) => new ReleaseError({
      code: "STAGING_TIMEOUT",
      message: `${missing.join(", ")} did not appear on ${listingTarget(urls2)} within ${Math.round(waitedMs / 1e3)} s.`,
      details: lastError === void 0 ? [] : [`last error: ${lastError}`],
      hint: `The upload was accepted but the index does not list the file yet, usually a CDN that has not refreshed (look at ${urls2.projectPage(name)}). Re-run the job to resume (uploaded files are recognised and skipped), or allow a longer wait (the wait-timeout input).`
    })
  });
}
async function verifyFiles(urls2, name, dists, deps, opts = {}) {
  const hint = `Open ${urls2.projectPage(name)} and compare the sha256 of each file with the ones above.`;
  return poll(urls2, name, dists, deps, { timeoutMs: 12e4, ...opts }, {
    mismatch: (bad) => new ReleaseError({
      code: "PROMOTE_UNVERIFIED",
      message: `${listingTarget(urls2)} lists ${bad.map((b) => b.filename).join(", ")} with other contents than the files promoted.`,
      details: conflictDetails(bad),
      hint
    }),
    timeout: (missing, waitedMs, lastError) => new ReleaseError({
      code: "PROMOTE_UNVERIFIED",
      message: `The upload was accepted, but ${listingTarget(urls2)} did not list ${missing.join(", ")} within ${Math.round(waitedMs / 1e3)} s.`,
      details: lastError === void 0 ? [] : [`last error: ${lastError}`],
      hint: `${hint} A re-run resumes: files already there with the same sha256 are skipped.`
    })
  });
}
async function poll(urls2, name, dists, deps, opts, errors) {
  const start = deps.now();
  let delay = opts.intervalMs ?? 1e3;
  const maxDelay = opts.maxIntervalMs ?? 15e3;
  const remoteHashes = /* @__PURE__ */ new Map();
  let missing = dists.map((d) => d.filename);
  let lastError;
  for (; ; ) {
    let listing;
    const left = opts.timeoutMs - (deps.now() - start);
    try {
      listing = await listFiles(urls2, name, deps, {
        fresh: true,
        retry: opts.retry ?? { ...DEFAULT_RETRY, attempts: 2 },
        deadlineMs: Math.min(READ_DEADLINE_MS, Math.max(MIN_READ_MS, left))
      });
    } catch (error2) {
      if (!isReleaseError(error2) || error2.code !== "INDEX_UNREACHABLE") throw error2;
      lastError = error2.message;
      deps.log.debug(`Polling ${listingTarget(urls2)}: ${error2.message}`);
    }
    if (listing !== void 0) {
      const found = /* @__PURE__ */ new Map();
      const bad = [];
      missing = [];
      for (const dist of dists) {
        const listed = listing.get(dist.filename);
        if (listed === void 0) {
          missing.push(dist.filename);
          continue;
        }
        let theirs = listed.sha256 ?? remoteHashes.get(dist.filename);
        if (theirs === void 0) {
          theirs = await hashRemote(listed, deps, opts.retry, dist.size);
          remoteHashes.set(dist.filename, theirs);
        }
        if (theirs === dist.sha256) found.set(dist.filename, { ...listed, sha256: theirs });
        else bad.push({ filename: dist.filename, ours: dist.sha256, theirs });
      }
      if (bad.length > 0) throw errors.mismatch(bad);
      if (missing.length === 0) {
        deps.log.info(`${listingTarget(urls2)} lists ${dists.map((d) => d.filename).join(", ")} with our sha256`);
        return found;
      }
    }
    const waited = deps.now() - start;
    if (waited >= opts.timeoutMs) throw errors.timeout(missing, waited, lastError);
    const pause = Math.min(delay, opts.timeoutMs - waited);
    deps.log.info(`Waiting for ${missing.join(", ")} on ${urls2.label} (${Math.round(waited / 1e3)} s so far, next look in ${Math.ceil(pause / 1e3)} s)`);
    await deps.sleep(pause);
    delay = Math.min(maxDelay, delay * 2);
  }
}
function conflictDetails(bad) {
  return bad.flatMap((b) => [`${b.filename}:`, `  ours:   sha256 ${b.ours}`, `  listed: sha256 ${b.theirs}`]);
}

// src/run/publish.ts
async function stageFiles(run2, dists, staging, attested) {
  const { config, deps } = run2;
  return run2.stage("Stage", async () => publish(withAttestations(dists, attested, config.attestations.staging), { ...config.staging, token: await staging.token() }, deps));
}
async function awaitStaging(run2, name, dists) {
  return run2.stage("Await", () => waitForFiles(run2.config.staging.urls, name, dists, run2.deps, { timeoutMs: run2.config.waitTimeoutMs }));
}
async function stagingProvenance(run2, release2, dists, listed, attested) {
  const { config, deps } = run2;
  if (!attested || !config.attestations.staging) return [];
  const served = await run2.stage("Provenance", () => verifyProvenance(config.staging.urls, release2.name, release2.version, dists, listed, attested, deps));
  return served.map((p) => ({ ...p, index: "staging" }));
}
async function smokeFromStaging(run2, release2, dists, served) {
  const { config, deps } = run2;
  return run2.stage("Smoke test", async () => {
    const files = [];
    for (const dist of dists) {
      const file = await download(served.get(dist.filename), path23.join(run2.workDir, "staged"), deps, { maxBytes: config.maxFileSize });
      files.push({ dist, path: file });
    }
    const python = await run2.python();
    const workDir = path23.join(run2.workDir, "smoke");
    const readsWithAccount = config.staging.username !== TOKEN_USER && config.staging.token !== "";
    if (!readsWithAccount && await indexResolves(python, { files: dists, name: release2.name, version: release2.version, index: config.staging.urls.simple, workDir }, deps)) {
      deps.log.info(`pip resolved ${release2.name}==${release2.version} from the staging index, with the smoke-tested sha256`);
    } else {
      await smokeTest(python, {
        files,
        name: release2.name,
        version: release2.version,
        dependencyIndex: config.smokeIndexUrl,
        command: config.smokeTest,
        workDir,
        stops: "promoted"
      }, deps);
    }
    return files.map((f) => ({ ...f.dist, path: f.path }));
  });
}
async function fetchStaged(run2, manifest2) {
  const { config, deps } = run2;
  return run2.stage("Fetch staged", async () => {
    const dists = await stagedFromManifest(manifest2, config.staging, config.maxFileSize, run2.workDir, deps);
    await refuseConflicts(config.production, { ...manifest2, maxProjectSize: config.maxProjectSize }, dists, deps);
    return dists;
  });
}
async function tagRelease(run2, release2, promotable) {
  const { config, deps } = run2;
  if (!writesGit(config)) return void 0;
  const name = `${config.tagPrefix}${release2.version}`;
  const message = config.commitMessage.replaceAll("{version}", release2.version);
  return run2.stage("Tag", () => commitTagPush({
    projectDir: config.projectDir,
    mode: config.git === "tag" ? "tag" : "push",
    files: release2.files,
    tag: name,
    message,
    tagMessage: recordFiles(message, promotable, runId(deps.env))
  }, deps).catch(async (error2) => {
    const twin = isReleaseError(error2) && error2.code === "GIT_PUSH_FAILED" ? await pushedByTwin(config.projectDir, name, promotable, deps) : void 0;
    if (!twin) throw error2;
    deps.log.info(`Another run of this release pushed ${name} meanwhile, recording these very files on the same tree: this run promotes the same bytes (files already on production are skipped).`);
    return { tag: name, commit: twin.commit, outcome: "found" };
  }));
}
async function verifyProvenance(...args) {
  const { verifyProvenance: verify } = await import("./chunks/provenance-INBVPQK5.js");
  return verify(...args);
}
async function promote(run2, release2, promotable, production, attested) {
  const { config, deps } = run2;
  return run2.stage("Promote", async () => {
    const promoted = await publish(withAttestations(promotable, attested, config.attestations.production), { ...config.production, token: await production.token() }, deps);
    const listed = await verifyFiles(config.production.urls, release2.name, promotable, deps);
    const served = attested && config.attestations.production ? await verifyProvenance(config.production.urls, release2.name, release2.version, promotable, listed, attested, deps) : [];
    return { promoted, provenance: served.map((p) => ({ ...p, index: "production" })) };
  });
}
async function announce(run2, github, release2, promotable, tag) {
  if (!github) return void 0;
  const { config, deps } = run2;
  return run2.stage("GitHub Release", () => makeGitHubRelease(github, config, {
    name: release2.name,
    version: release2.version,
    isPrerelease: release2.isPrerelease,
    files: promotable,
    productionUrl: config.production.urls.projectPage(release2.name, release2.version),
    tagged: tag
  }, deps));
}

// src/run/report.ts
function buildReport(run2, release2, outcome) {
  const { config } = run2;
  return {
    mode: config.mode,
    name: release2.name,
    version: release2.version,
    previousVersion: release2.previous,
    isPrerelease: release2.isPrerelease,
    stagingUrl: config.staging.urls.projectPage(release2.name, release2.version),
    productionUrl: config.production.urls.projectPage(release2.name, release2.version),
    files: outcome.files,
    dryRun: outcome.dryRun ?? false,
    released: outcome.released ?? false,
    manifest: outcome.manifest,
    tag: outcome.tag,
    githubRelease: outcome.githubRelease,
    staged: outcome.staged ?? [],
    promoted: outcome.promoted ?? [],
    provenance: outcome.provenance ?? [],
    smoke: outcome.smoke && { imported: outcome.smoke.imported, command: config.smokeTest },
    stages: run2.stages
  };
}
function manifestOf(run2, release2, files) {
  return writeManifest({
    name: release2.name,
    version: release2.version,
    previousVersion: release2.previous,
    source: run2.config.from.kind,
    staging: run2.config.staging.urls.simple.href,
    files
  });
}

// src/pipeline.ts
async function release(config, runner, workDir) {
  const run2 = openRun(config, runner, workDir);
  requireIdToken(config, run2.deps.env);
  if (config.mode === "promote") return promoteJob(run2, config.manifest);
  const plan = await decideVersion2(run2);
  const built = await build(run2, plan);
  const dists = await inspect(run2, plan, built);
  const github = await gitHubReleaseChecked(run2, plan.version);
  if (run2.config.dryRun) {
    return buildReport(run2, plan, {
      dryRun: true,
      files: dists,
      manifest: manifestOf(run2, plan, dists),
      staged: await plannedUploads(dists, config.staging, plan.name, run2.deps),
      promoted: await plannedUploads(dists, config.production, plan.name, run2.deps),
      smoke: { imported: [] }
    });
  }
  const smoke = await localSmokeTest(run2, plan, dists);
  const auth = await uploadCredentials(run2, plan.name);
  const attested = await attest(run2, dists);
  const release2 = { ...plan, files: plan.written };
  const staged = await stageFiles(run2, dists, auth.staging, attested);
  const served = await awaitStaging(run2, plan.name, dists);
  const stagedProvenance = await stagingProvenance(run2, release2, dists, served, attested);
  const promotable = await smokeFromStaging(run2, release2, dists, served);
  const manifest2 = manifestOf(run2, plan, promotable);
  if (config.mode === "stage") {
    run2.deps.log.info(`Staged and smoke-tested; the promote job takes this manifest:
${manifest2}`);
    return buildReport(run2, plan, { files: promotable, manifest: manifest2, staged, provenance: stagedProvenance, smoke });
  }
  const tag = await tagRelease(run2, release2, promotable);
  const { promoted, provenance } = await promote(run2, release2, promotable, auth.production, attested);
  const githubRelease = await announce(run2, github, release2, promotable, tag);
  return buildReport(run2, plan, {
    released: true,
    files: promotable,
    manifest: manifest2,
    staged,
    promoted,
    provenance: [...stagedProvenance, ...provenance],
    smoke,
    tag,
    githubRelease
  });
}
async function promoteJob(run2, manifest2) {
  const files = await fetchStaged(run2, manifest2);
  const github = await gitHubReleaseChecked(run2, manifest2.version);
  const auth = await uploadCredentials(run2, manifest2.name);
  const attested = await attest(run2, files);
  const release2 = { name: manifest2.name, version: manifest2.version, isPrerelease: isPrerelease(manifest2.version), files: [] };
  if (writesGit(run2.config)) release2.files = await replayVersionEdits(run2, manifest2);
  const tag = await tagRelease(run2, release2, files);
  const { promoted, provenance } = await promote(run2, release2, files, auth.production, attested);
  const githubRelease = await announce(run2, github, release2, files, tag);
  return buildReport(run2, { ...release2, previous: manifest2.previousVersion }, {
    released: true,
    files,
    manifest: writeManifest(manifest2),
    staged: files.map((f) => ({ filename: f.filename, result: "exists" })),
    promoted,
    provenance,
    tag,
    githubRelease
  });
}
async function replayVersionEdits(run2, manifest2) {
  const { deps } = run2;
  await ensureHistory(run2.config.projectDir, deps);
  const plan = await planVersion({ ...run2.config, intent: { kind: "explicit", version: manifest2.version } }, deps);
  const files = await writeEdits(plan.edits, plan.version);
  run2.config = { ...run2.config, tagPrefix: plan.tagPrefix };
  await refuseTagElsewhere(run2.config.projectDir, `${run2.config.tagPrefix}${manifest2.version}`, files, deps);
  return files;
}

// src/report/summary.ts
function outputs(report) {
  return {
    version: report.version,
    "previous-version": report.previousVersion,
    "is-prerelease": String(report.isPrerelease),
    files: JSON.stringify(report.files.map((f) => ({ filename: f.filename, size: f.size, sha256: f.sha256 }))),
    "staging-url": report.stagingUrl,
    "production-url": report.productionUrl,
    released: String(report.released),
    manifest: report.manifest,
    tag: report.tag?.tag ?? "",
    "release-url": report.githubRelease?.url ?? "",
    "staging-provenance": provenanceUrls(report, "staging"),
    "production-provenance": provenanceUrls(report, "production")
  };
}
function provenanceUrls(report, index) {
  return report.provenance.filter((p) => p.index === index).map((p) => p.url).join("\n");
}
function provenanceLines(report) {
  if (report.provenance.length === 0) return [];
  return [
    "Attestations (PEP 740), verified as each index serves them:",
    "",
    "| file | index | Rekor log index | provenance |",
    "| --- | --- | ---: | --- |",
    ...report.provenance.map((p) => `| \`${p.filename}\` | ${p.index} | ${p.logIndex} | [provenance](${p.url}) |`),
    ""
  ];
}
function summaryMarkdown(report) {
  const staged = new Map(report.staged.map((s) => [s.filename, s.result]));
  const promoted = new Map(report.promoted.map((p) => [p.filename, p.result]));
  const word = (r) => r === "exists" ? "already there" : r === "uploaded" ? "uploaded" : r === "planned" ? "would upload" : "-";
  const change = `${report.previousVersion || "(first release)"} \u2192 **${report.version}**${report.isPrerelease ? " (pre-release)" : ""}. `;
  const staging = `[the staging index](${report.stagingUrl})`;
  const production = `[production](${report.productionUrl})`;
  const [title, story] = report.dryRun ? [": dry run, nothing uploaded", `Built and inspected; both indexes were read. A real run would upload to ${staging}, smoke-install from there, then promote to ${production} as below.`] : report.mode === "stage" ? [": staged, awaiting promotion", `Smoke-tested before any upload, staged on ${staging}, and resolved by pip from there. Production was not touched: the promote job promotes the files of the manifest below.`] : report.mode === "promote" ? [" promoted", `The files the stage job staged on ${staging} and smoke-tested, checked against its manifest, promoted to ${production}.`] : [" released", `Smoke-tested before any upload, staged on ${staging} and resolved by pip from there with the same sha256, then promoted to ${production}.`];
  const lines = [
    `## ${report.name} ${report.version}${title}`,
    "",
    change + story,
    "",
    "| file | size | sha256 | staging | production |",
    "| --- | ---: | --- | --- | --- |",
    ...report.files.map((f) => `| \`${f.filename}\` | ${formatSize(f.size)} | \`${f.sha256}\` | ${word(staged.get(f.filename))} | ${word(promoted.get(f.filename))} |`),
    "",
    smokeLine(report),
    "",
    ...provenanceLines(report),
    ...report.tag ? [`Git: tag \`${report.tag.tag}\` ${report.tag.outcome === "pushed" ? "pushed to origin" : "was already on origin (pushed by an earlier run)"}${report.tag.commit ? ` at \`${report.tag.commit.slice(0, 12)}\`` : ""}.`, ""] : [],
    ...report.mode === "stage" ? ["Manifest (the promote job's `manifest` input):", "", "```json", report.manifest, "```", ""] : [],
    ...report.githubRelease ? [`GitHub Release: [${report.githubRelease.url.replace(/^https?:\/\//, "")}](${report.githubRelease.url}) ${{ created: "created", published: "published (it was a draft)", updated: "found; its empty notes were filled", found: "found" }[report.githubRelease.outcome]}; assets ${report.githubRelease.assets.map((a) => `\`${a.name}\` ${a.outcome === "exists" ? "already attached" : a.outcome}`).join(", ") || "none"}.`, ""] : [],
    "| stage | time |",
    "| --- | ---: |",
    ...report.stages.map((s) => `| ${s.name} | ${(s.ms / 1e3).toFixed(1)} s |`),
    ""
  ];
  return lines.join("\n");
}
function smokeLine(report) {
  if (report.dryRun) return "Smoke test: not run (it installs the files the staging index serves).";
  if (!report.smoke) return "Smoke test: run by the stage job on these very files (same sha256).";
  return `Smoke test: imported ${report.smoke.imported.map((m) => `\`${m}\``).join(", ") || "(no modules)"}` + (report.smoke.command ? `; ran \`${report.smoke.command.replaceAll("`", "'")}\`.` : "; no smoke-test command given.");
}

// src/main.ts
async function run(env = process.env) {
  for (const secret of secretInputs(env)) setSecret(secret);
  let workDir;
  const deps = realDeps(env);
  try {
    const config = parseInputs(env, readEvent(env));
    workDir = await fs14.mkdtemp(path24.join(env.RUNNER_TEMP || os7.tmpdir(), "pypi-promote-"));
    const report = await release(config, deps, workDir);
    await tellResults(report, env);
    info(report.dryRun ? `Dry run: ${report.name} ${report.version} would be released; nothing was uploaded.` : report.released ? `Released ${report.name} ${report.version}: ${report.productionUrl}` : `Staged ${report.name} ${report.version}: ${report.stagingUrl}; the promote job takes the \`manifest\` output.`);
  } catch (error2) {
    if (isReleaseError(error2)) {
      const troubleshooting = troubleshootingUrl(env);
      if (error2.annotation) {
        error(neutralise(error2.message), { file: relativeToWorkspace(error2.annotation.file, env), startLine: error2.annotation.startLine, title: error2.annotation.title });
      }
      setFailed(neutralise(error2.render(troubleshooting)));
    } else {
      setFailed(`Unexpected failure (a bug in pypi-promote; please report it with this log): ${error2 instanceof Error ? error2.stack : String(error2)}`);
    }
  } finally {
    await deps.dispatcher.close().catch(() => void 0);
    if (workDir) await fs14.rm(workDir, { recursive: true, force: true }).catch(() => void 0);
  }
}
var runnerExec = async (command, args, options2) => {
  if (typeof options2?.env !== "object" || options2.env === null) {
    throw new Error(`exec ${command}: no environment given (every child gets one from childEnv, src/process/env.ts)`);
  }
  const out = new SafeLines(process.stdout);
  const err = new SafeLines(process.stderr);
  try {
    const result = await getExecOutput(command, args, {
      cwd: options2.cwd,
      env: options2.env,
      silent: options2.silent ?? false,
      ignoreReturnCode: true,
      outStream: out,
      errStream: err
    });
    return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
  } finally {
    out.flush();
    err.flush();
  }
};
async function tellResults(report, env) {
  const done = report.released ? `${report.name} ${report.version} is released (production has the files)` : report.dryRun ? "the dry run itself completed" : `${report.name} ${report.version} is staged`;
  const markdown = summaryMarkdown(report);
  try {
    for (const [name, value] of Object.entries(outputs(report))) setOutput(name, value);
  } catch (cause) {
    info(markdown);
    throw new ReleaseError({
      code: "REPORT_FAILED",
      message: `${done}, but the step's outputs could not be written to GITHUB_OUTPUT (${env.GITHUB_OUTPUT}): ${cause.message}.`,
      hint: "Steps after this one that read its outputs would get nothing. Re-run the job: files already on the indexes, the tag and the GitHub Release are found and skipped, and the outputs are written again. The summary is in the log above.",
      cause
    });
  }
  if (!env.GITHUB_STEP_SUMMARY) {
    info(`This runner gives no GITHUB_STEP_SUMMARY file: the summary follows.
${markdown}`);
    return;
  }
  try {
    await summary.addRaw(markdown).write();
  } catch (cause) {
    info(markdown);
    throw new ReleaseError({
      code: "REPORT_FAILED",
      message: `${done}, but the job summary could not be written to GITHUB_STEP_SUMMARY (${env.GITHUB_STEP_SUMMARY}): ${cause.message}.`,
      hint: "Nothing of the release is left to do: the summary is in the log above, and the outputs were set. A re-run finds everything in place and writes the summary again.",
      cause
    });
  }
}
function realDeps(env) {
  return {
    dispatcher: runDispatcher(env),
    exec: runnerExec,
    sleep: (ms) => new Promise((resolve4) => setTimeout(resolve4, ms * pauseScale(env))),
    now: () => Date.now(),
    // Messages carry text from indexes, packages and git: defused before the runner reads them.
    log: {
      info: (message) => info(neutralise(message)),
      // core escapes line breaks in these, but the runner finds `##[` anywhere in a line.
      warning: (message) => warning(neutralise(message)),
      debug: (message) => debug(neutralise(message)),
      group: (name, fn) => group(name, fn)
    },
    env,
    secret: setSecret
  };
}
function pauseScale(env) {
  const scale = Number(env.PYPI_PROMOTE_PAUSE_SCALE ?? "1");
  return Number.isFinite(scale) && scale >= 0 ? scale : 1;
}
function troubleshootingUrl(env) {
  const repo = env.GITHUB_ACTION_REPOSITORY;
  if (!repo) return `https://github.com/pypi-promote/pypi-promote/blob/main/${TROUBLESHOOTING}`;
  return `${env.GITHUB_SERVER_URL || "https://github.com"}/${repo}/blob/${env.GITHUB_ACTION_REF || "main"}/${TROUBLESHOOTING}`;
}
function relativeToWorkspace(file, env) {
  const workspace = env.GITHUB_WORKSPACE;
  return workspace ? path24.relative(workspace, file) || file : file;
}

// src/index.ts
await run();
