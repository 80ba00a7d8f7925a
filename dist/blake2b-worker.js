import { createRequire as __ppCreateRequire } from 'node:module'; const require = __ppCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/hash-wasm/dist/blake2b.umd.min.js
var require_blake2b_umd_min = __commonJS({
  "node_modules/hash-wasm/dist/blake2b.umd.min.js"(exports, module) {
    !(function(I, A) {
      "object" == typeof exports && "undefined" != typeof module ? A(exports) : "function" == typeof define && define.amd ? define(["exports"], A) : A((I = "undefined" != typeof globalThis ? globalThis : I || self).hashwasm = I.hashwasm || {});
    })(exports, function(I) {
      "use strict";
      var A, i = { name: "blake2b", data: "AGFzbQEAAAABEQRgAAF/YAJ/fwBgAX8AYAAAAwoJAAECAwECAgABBQQBAQICBg8CfwFBgIAEC38AQYCABAsHggEJBm1lbW9yeQIAD19fc3RhY2tfcG9pbnRlcgMADkhhc2hfR2V0QnVmZmVyAAAKSGFzaF9GaW5hbAADCUhhc2hfSW5pdAAFC0hhc2hfVXBkYXRlAAYNSGFzaF9HZXRTdGF0ZQAHDkhhc2hfQ2FsY3VsYXRlAAgKU1RBVEVfU0laRQMBCsU4CQYAQYCBBAvcAgIFfwF+AkAgAUEBSA0AAkAgAUGAAUEAKALgggUiAmsiA0wNAEEAQQA2AuCCBQJAIAJB/wBKDQAgAkHggQVqIQQgACEFQQAhBgNAIAQgBS0AADoAACAFQQFqIQUgBEEBaiEEIAMgBkEBaiIGQf8BcUoNAAsLQQBBACkDwIEFIgdCgAF8NwPAgQVBAEEAKQPIgQUgB0L/flatfDcDyIEFQeCBBRACIAAgA2ohAAJAIAEgA2siBEGBAU4NACAEIQEMAQsgAiABaiEEA0BBAEEAKQPAgQUiB0KAAXw3A8CBBUEAQQApA8iBBSAHQv9+Vq18NwPIgQUgABACIABBgAFqIQAgBEGAf2oiBEGAAksNAAsgBEGAf2ohAQtBACEEA0AgBEEAKALgggVqQeCBBWogACAEai0AADoAACABIARBAWoiBEH/AXFLDQALQQBBACgC4IIFIAFqNgLgggULC78uASR+QQBBACkD0IEFQQApA7CBBSIBQQApA5CBBXwgACkDICICfCIDhULr+obav7X2wR+FQiCJIgRCq/DT9K/uvLc8fCIFIAGFQiiJIgYgA3wgACkDKCIBfCIHIASFQjCJIgggBXwiCSAGhUIBiSIKQQApA8iBBUEAKQOogQUiBEEAKQOIgQV8IAApAxAiA3wiBYVCn9j52cKR2oKbf4VCIIkiC0K7zqqm2NDrs7t/fCIMIASFQiiJIg0gBXwgACkDGCIEfCIOfCAAKQNQIgV8Ig9BACkDwIEFQQApA6CBBSIQQQApA4CBBSIRfCAAKQMAIgZ8IhKFQtGFmu/6z5SH0QCFQiCJIhNCiJLznf/M+YTqAHwiFCAQhUIoiSIVIBJ8IAApAwgiEHwiFiAThUIwiSIXhUIgiSIYQQApA9iBBUEAKQO4gQUiE0EAKQOYgQV8IAApAzAiEnwiGYVC+cL4m5Gjs/DbAIVCIIkiGkLx7fT4paf9p6V/fCIbIBOFQiiJIhwgGXwgACkDOCITfCIZIBqFQjCJIhogG3wiG3wiHSAKhUIoiSIeIA98IAApA1giCnwiDyAYhUIwiSIYIB18Ih0gDiALhUIwiSIOIAx8Ih8gDYVCAYkiDCAWfCAAKQNAIgt8Ig0gGoVCIIkiFiAJfCIaIAyFQiiJIiAgDXwgACkDSCIJfCIhIBaFQjCJIhYgGyAchUIBiSIMIAd8IAApA2AiB3wiDSAOhUIgiSIOIBcgFHwiFHwiFyAMhUIoiSIbIA18IAApA2giDHwiHCAOhUIwiSIOIBd8IhcgG4VCAYkiGyAZIBQgFYVCAYkiFHwgACkDcCINfCIVIAiFQiCJIhkgH3wiHyAUhUIoiSIUIBV8IAApA3giCHwiFXwgDHwiIoVCIIkiI3wiJCAbhUIoiSIbICJ8IBJ8IiIgFyAYIBUgGYVCMIkiFSAffCIZIBSFQgGJIhQgIXwgDXwiH4VCIIkiGHwiFyAUhUIoiSIUIB98IAV8Ih8gGIVCMIkiGCAXfCIXIBSFQgGJIhR8IAF8IiEgFiAafCIWIBUgHSAehUIBiSIaIBx8IAl8IhyFQiCJIhV8Ih0gGoVCKIkiGiAcfCAIfCIcIBWFQjCJIhWFQiCJIh4gGSAOIBYgIIVCAYkiFiAPfCACfCIPhUIgiSIOfCIZIBaFQiiJIhYgD3wgC3wiDyAOhUIwiSIOIBl8Ihl8IiAgFIVCKIkiFCAhfCAEfCIhIB6FQjCJIh4gIHwiICAiICOFQjCJIiIgJHwiIyAbhUIBiSIbIBx8IAp8IhwgDoVCIIkiDiAXfCIXIBuFQiiJIhsgHHwgE3wiHCAOhUIwiSIOIBkgFoVCAYkiFiAffCAQfCIZICKFQiCJIh8gFSAdfCIVfCIdIBaFQiiJIhYgGXwgB3wiGSAfhUIwiSIfIB18Ih0gFoVCAYkiFiAVIBqFQgGJIhUgD3wgBnwiDyAYhUIgiSIYICN8IhogFYVCKIkiFSAPfCADfCIPfCAHfCIihUIgiSIjfCIkIBaFQiiJIhYgInwgBnwiIiAjhUIwiSIjICR8IiQgFoVCAYkiFiAOIBd8Ig4gDyAYhUIwiSIPICAgFIVCAYkiFCAZfCAKfCIXhUIgiSIYfCIZIBSFQiiJIhQgF3wgC3wiF3wgBXwiICAPIBp8Ig8gHyAOIBuFQgGJIg4gIXwgCHwiGoVCIIkiG3wiHyAOhUIoiSIOIBp8IAx8IhogG4VCMIkiG4VCIIkiISAdIB4gDyAVhUIBiSIPIBx8IAF8IhWFQiCJIhx8Ih0gD4VCKIkiDyAVfCADfCIVIByFQjCJIhwgHXwiHXwiHiAWhUIoiSIWICB8IA18IiAgIYVCMIkiISAefCIeIBogFyAYhUIwiSIXIBl8IhggFIVCAYkiFHwgCXwiGSAchUIgiSIaICR8IhwgFIVCKIkiFCAZfCACfCIZIBqFQjCJIhogHSAPhUIBiSIPICJ8IAR8Ih0gF4VCIIkiFyAbIB98Iht8Ih8gD4VCKIkiDyAdfCASfCIdIBeFQjCJIhcgH3wiHyAPhUIBiSIPIBsgDoVCAYkiDiAVfCATfCIVICOFQiCJIhsgGHwiGCAOhUIoiSIOIBV8IBB8IhV8IAx8IiKFQiCJIiN8IiQgD4VCKIkiDyAifCAHfCIiICOFQjCJIiMgJHwiJCAPhUIBiSIPIBogHHwiGiAVIBuFQjCJIhUgHiAWhUIBiSIWIB18IAR8IhuFQiCJIhx8Ih0gFoVCKIkiFiAbfCAQfCIbfCABfCIeIBUgGHwiFSAXIBogFIVCAYkiFCAgfCATfCIYhUIgiSIXfCIaIBSFQiiJIhQgGHwgCXwiGCAXhUIwiSIXhUIgiSIgIB8gISAVIA6FQgGJIg4gGXwgCnwiFYVCIIkiGXwiHyAOhUIoiSIOIBV8IA18IhUgGYVCMIkiGSAffCIffCIhIA+FQiiJIg8gHnwgBXwiHiAghUIwiSIgICF8IiEgGyAchUIwiSIbIB18IhwgFoVCAYkiFiAYfCADfCIYIBmFQiCJIhkgJHwiHSAWhUIoiSIWIBh8IBJ8IhggGYVCMIkiGSAfIA6FQgGJIg4gInwgAnwiHyAbhUIgiSIbIBcgGnwiF3wiGiAOhUIoiSIOIB98IAZ8Ih8gG4VCMIkiGyAafCIaIA6FQgGJIg4gFSAXIBSFQgGJIhR8IAh8IhUgI4VCIIkiFyAcfCIcIBSFQiiJIhQgFXwgC3wiFXwgBXwiIoVCIIkiI3wiJCAOhUIoiSIOICJ8IAh8IiIgGiAgIBUgF4VCMIkiFSAcfCIXIBSFQgGJIhQgGHwgCXwiGIVCIIkiHHwiGiAUhUIoiSIUIBh8IAZ8IhggHIVCMIkiHCAafCIaIBSFQgGJIhR8IAR8IiAgGSAdfCIZIBUgISAPhUIBiSIPIB98IAN8Ih2FQiCJIhV8Ih8gD4VCKIkiDyAdfCACfCIdIBWFQjCJIhWFQiCJIiEgFyAbIBkgFoVCAYkiFiAefCABfCIZhUIgiSIbfCIXIBaFQiiJIhYgGXwgE3wiGSAbhUIwiSIbIBd8Ihd8Ih4gFIVCKIkiFCAgfCAMfCIgICGFQjCJIiEgHnwiHiAiICOFQjCJIiIgJHwiIyAOhUIBiSIOIB18IBJ8Ih0gG4VCIIkiGyAafCIaIA6FQiiJIg4gHXwgC3wiHSAbhUIwiSIbIBcgFoVCAYkiFiAYfCANfCIXICKFQiCJIhggFSAffCIVfCIfIBaFQiiJIhYgF3wgEHwiFyAYhUIwiSIYIB98Ih8gFoVCAYkiFiAVIA+FQgGJIg8gGXwgCnwiFSAchUIgiSIZICN8IhwgD4VCKIkiDyAVfCAHfCIVfCASfCIihUIgiSIjfCIkIBaFQiiJIhYgInwgBXwiIiAjhUIwiSIjICR8IiQgFoVCAYkiFiAbIBp8IhogFSAZhUIwiSIVIB4gFIVCAYkiFCAXfCADfCIXhUIgiSIZfCIbIBSFQiiJIhQgF3wgB3wiF3wgAnwiHiAVIBx8IhUgGCAaIA6FQgGJIg4gIHwgC3wiGoVCIIkiGHwiHCAOhUIoiSIOIBp8IAR8IhogGIVCMIkiGIVCIIkiICAfICEgFSAPhUIBiSIPIB18IAZ8IhWFQiCJIh18Ih8gD4VCKIkiDyAVfCAKfCIVIB2FQjCJIh0gH3wiH3wiISAWhUIoiSIWIB58IAx8Ih4gIIVCMIkiICAhfCIhIBogFyAZhUIwiSIXIBt8IhkgFIVCAYkiFHwgEHwiGiAdhUIgiSIbICR8Ih0gFIVCKIkiFCAafCAJfCIaIBuFQjCJIhsgHyAPhUIBiSIPICJ8IBN8Ih8gF4VCIIkiFyAYIBx8Ihh8IhwgD4VCKIkiDyAffCABfCIfIBeFQjCJIhcgHHwiHCAPhUIBiSIPIBggDoVCAYkiDiAVfCAIfCIVICOFQiCJIhggGXwiGSAOhUIoiSIOIBV8IA18IhV8IA18IiKFQiCJIiN8IiQgD4VCKIkiDyAifCAMfCIiICOFQjCJIiMgJHwiJCAPhUIBiSIPIBsgHXwiGyAVIBiFQjCJIhUgISAWhUIBiSIWIB98IBB8IhiFQiCJIh18Ih8gFoVCKIkiFiAYfCAIfCIYfCASfCIhIBUgGXwiFSAXIBsgFIVCAYkiFCAefCAHfCIZhUIgiSIXfCIbIBSFQiiJIhQgGXwgAXwiGSAXhUIwiSIXhUIgiSIeIBwgICAVIA6FQgGJIg4gGnwgAnwiFYVCIIkiGnwiHCAOhUIoiSIOIBV8IAV8IhUgGoVCMIkiGiAcfCIcfCIgIA+FQiiJIg8gIXwgBHwiISAehUIwiSIeICB8IiAgGCAdhUIwiSIYIB98Ih0gFoVCAYkiFiAZfCAGfCIZIBqFQiCJIhogJHwiHyAWhUIoiSIWIBl8IBN8IhkgGoVCMIkiGiAcIA6FQgGJIg4gInwgCXwiHCAYhUIgiSIYIBcgG3wiF3wiGyAOhUIoiSIOIBx8IAN8IhwgGIVCMIkiGCAbfCIbIA6FQgGJIg4gFSAXIBSFQgGJIhR8IAt8IhUgI4VCIIkiFyAdfCIdIBSFQiiJIhQgFXwgCnwiFXwgBHwiIoVCIIkiI3wiJCAOhUIoiSIOICJ8IAl8IiIgGyAeIBUgF4VCMIkiFSAdfCIXIBSFQgGJIhQgGXwgDHwiGYVCIIkiHXwiGyAUhUIoiSIUIBl8IAp8IhkgHYVCMIkiHSAbfCIbIBSFQgGJIhR8IAN8Ih4gGiAffCIaIBUgICAPhUIBiSIPIBx8IAd8IhyFQiCJIhV8Ih8gD4VCKIkiDyAcfCAQfCIcIBWFQjCJIhWFQiCJIiAgFyAYIBogFoVCAYkiFiAhfCATfCIahUIgiSIYfCIXIBaFQiiJIhYgGnwgDXwiGiAYhUIwiSIYIBd8Ihd8IiEgFIVCKIkiFCAefCAFfCIeICCFQjCJIiAgIXwiISAiICOFQjCJIiIgJHwiIyAOhUIBiSIOIBx8IAt8IhwgGIVCIIkiGCAbfCIbIA6FQiiJIg4gHHwgEnwiHCAYhUIwiSIYIBcgFoVCAYkiFiAZfCABfCIXICKFQiCJIhkgFSAffCIVfCIfIBaFQiiJIhYgF3wgBnwiFyAZhUIwiSIZIB98Ih8gFoVCAYkiFiAVIA+FQgGJIg8gGnwgCHwiFSAdhUIgiSIaICN8Ih0gD4VCKIkiDyAVfCACfCIVfCANfCIihUIgiSIjfCIkIBaFQiiJIhYgInwgCXwiIiAjhUIwiSIjICR8IiQgFoVCAYkiFiAYIBt8IhggFSAahUIwiSIVICEgFIVCAYkiFCAXfCASfCIXhUIgiSIafCIbIBSFQiiJIhQgF3wgCHwiF3wgB3wiISAVIB18IhUgGSAYIA6FQgGJIg4gHnwgBnwiGIVCIIkiGXwiHSAOhUIoiSIOIBh8IAt8IhggGYVCMIkiGYVCIIkiHiAfICAgFSAPhUIBiSIPIBx8IAp8IhWFQiCJIhx8Ih8gD4VCKIkiDyAVfCAEfCIVIByFQjCJIhwgH3wiH3wiICAWhUIoiSIWICF8IAN8IiEgHoVCMIkiHiAgfCIgIBggFyAahUIwiSIXIBt8IhogFIVCAYkiFHwgBXwiGCAchUIgiSIbICR8IhwgFIVCKIkiFCAYfCABfCIYIBuFQjCJIhsgHyAPhUIBiSIPICJ8IAx8Ih8gF4VCIIkiFyAZIB18Ihl8Ih0gD4VCKIkiDyAffCATfCIfIBeFQjCJIhcgHXwiHSAPhUIBiSIPIBkgDoVCAYkiDiAVfCAQfCIVICOFQiCJIhkgGnwiGiAOhUIoiSIOIBV8IAJ8IhV8IBN8IiKFQiCJIiN8IiQgD4VCKIkiDyAifCASfCIiICOFQjCJIiMgJHwiJCAPhUIBiSIPIBsgHHwiGyAVIBmFQjCJIhUgICAWhUIBiSIWIB98IAt8IhmFQiCJIhx8Ih8gFoVCKIkiFiAZfCACfCIZfCAJfCIgIBUgGnwiFSAXIBsgFIVCAYkiFCAhfCAFfCIahUIgiSIXfCIbIBSFQiiJIhQgGnwgA3wiGiAXhUIwiSIXhUIgiSIhIB0gHiAVIA6FQgGJIg4gGHwgEHwiFYVCIIkiGHwiHSAOhUIoiSIOIBV8IAF8IhUgGIVCMIkiGCAdfCIdfCIeIA+FQiiJIg8gIHwgDXwiICAhhUIwiSIhIB58Ih4gGSAchUIwiSIZIB98IhwgFoVCAYkiFiAafCAIfCIaIBiFQiCJIhggJHwiHyAWhUIoiSIWIBp8IAp8IhogGIVCMIkiGCAdIA6FQgGJIg4gInwgBHwiHSAZhUIgiSIZIBcgG3wiF3wiGyAOhUIoiSIOIB18IAd8Ih0gGYVCMIkiGSAbfCIbIA6FQgGJIg4gFSAXIBSFQgGJIhR8IAx8IhUgI4VCIIkiFyAcfCIcIBSFQiiJIhQgFXwgBnwiFXwgEnwiIoVCIIkiI3wiJCAOhUIoiSIOICJ8IBN8IiIgGyAhIBUgF4VCMIkiFSAcfCIXIBSFQgGJIhQgGnwgBnwiGoVCIIkiHHwiGyAUhUIoiSIUIBp8IBB8IhogHIVCMIkiHCAbfCIbIBSFQgGJIhR8IA18IiEgGCAffCIYIBUgHiAPhUIBiSIPIB18IAJ8Ih2FQiCJIhV8Ih4gD4VCKIkiDyAdfCABfCIdIBWFQjCJIhWFQiCJIh8gFyAZIBggFoVCAYkiFiAgfCADfCIYhUIgiSIZfCIXIBaFQiiJIhYgGHwgBHwiGCAZhUIwiSIZIBd8Ihd8IiAgFIVCKIkiFCAhfCAIfCIhIB+FQjCJIh8gIHwiICAiICOFQjCJIiIgJHwiIyAOhUIBiSIOIB18IAd8Ih0gGYVCIIkiGSAbfCIbIA6FQiiJIg4gHXwgDHwiHSAZhUIwiSIZIBcgFoVCAYkiFiAafCALfCIXICKFQiCJIhogFSAefCIVfCIeIBaFQiiJIhYgF3wgCXwiFyAahUIwiSIaIB58Ih4gFoVCAYkiFiAVIA+FQgGJIg8gGHwgBXwiFSAchUIgiSIYICN8IhwgD4VCKIkiDyAVfCAKfCIVfCACfCIChUIgiSIifCIjIBaFQiiJIhYgAnwgC3wiAiAihUIwiSILICN8IiIgFoVCAYkiFiAZIBt8IhkgFSAYhUIwiSIVICAgFIVCAYkiFCAXfCANfCINhUIgiSIXfCIYIBSFQiiJIhQgDXwgBXwiBXwgEHwiECAVIBx8Ig0gGiAZIA6FQgGJIg4gIXwgDHwiDIVCIIkiFXwiGSAOhUIoiSIOIAx8IBJ8IhIgFYVCMIkiDIVCIIkiFSAeIB8gDSAPhUIBiSINIB18IAl8IgmFQiCJIg98IhogDYVCKIkiDSAJfCAIfCIJIA+FQjCJIgggGnwiD3wiGiAWhUIoiSIWIBB8IAd8IhAgEYUgDCAZfCIHIA6FQgGJIgwgCXwgCnwiCiALhUIgiSILIAUgF4VCMIkiBSAYfCIJfCIOIAyFQiiJIgwgCnwgE3wiEyALhUIwiSIKIA58IguFNwOAgQVBACADIAYgDyANhUIBiSINIAJ8fCICIAWFQiCJIgUgB3wiBiANhUIoiSIHIAJ8fCICQQApA4iBBYUgBCABIBIgCSAUhUIBiSIDfHwiASAIhUIgiSISICJ8IgkgA4VCKIkiAyABfHwiASAShUIwiSIEIAl8IhKFNwOIgQVBACATQQApA5CBBYUgECAVhUIwiSIQIBp8IhOFNwOQgQVBACABQQApA5iBBYUgAiAFhUIwiSICIAZ8IgGFNwOYgQVBACASIAOFQgGJQQApA6CBBYUgAoU3A6CBBUEAIBMgFoVCAYlBACkDqIEFhSAKhTcDqIEFQQAgASAHhUIBiUEAKQOwgQWFIASFNwOwgQVBACALIAyFQgGJQQApA7iBBYUgEIU3A7iBBQveAgUBfwF+AX8BfgJ/IwBBwABrIgAkAAJAQQApA9CBBUIAUg0AQQBBACkDwIEFIgFBACgC4IIFIgKsfCIDNwPAgQVBAEEAKQPIgQUgAyABVK18NwPIgQUCQEEALQDoggVFDQBBAEJ/NwPYgQULQQBCfzcD0IEFAkAgAkH/AEoNAEEAIQQDQCACIARqQeCBBWpBADoAACAEQQFqIgRBgAFBACgC4IIFIgJrSA0ACwtB4IEFEAIgAEEAKQOAgQU3AwAgAEEAKQOIgQU3AwggAEEAKQOQgQU3AxAgAEEAKQOYgQU3AxggAEEAKQOggQU3AyAgAEEAKQOogQU3AyggAEEAKQOwgQU3AzAgAEEAKQO4gQU3AzhBACgC5IIFIgVBAUgNAEEAIQJBACEEA0AgBEGAgQRqIAAgBGotAAA6AAAgBEEBaiEEIAUgAkEBaiICQf8BcUsNAAsLIABBwABqJAAL+gMCAn8BfiMAQYABayICJABBAEGBAjsB8oIFQQAgAToA8YIFQQAgADoA8IIFQZB+IQADQCAAQYCDBWpCADcAACAAQfiCBWpCADcAACAAQfCCBWpCADcAACAAQRhqIgANAAtBACEDQQBBACkD8IIFIgRCiJLznf/M+YTqAIU3A4CBBUEAQQApA/iCBUK7zqqm2NDrs7t/hTcDiIEFQQBBACkDgIMFQqvw0/Sv7ry3PIU3A5CBBUEAQQApA4iDBULx7fT4paf9p6V/hTcDmIEFQQBBACkDkIMFQtGFmu/6z5SH0QCFNwOggQVBAEEAKQOYgwVCn9j52cKR2oKbf4U3A6iBBUEAQQApA6CDBULr+obav7X2wR+FNwOwgQVBAEEAKQOogwVC+cL4m5Gjs/DbAIU3A7iBBUEAIASnQf8BcTYC5IIFAkAgAUUNACACQgA3A3ggAkIANwNwIAJCADcDaCACQgA3A2AgAkIANwNYIAJCADcDUCACQgA3A0ggAkIANwNAIAJCADcDOCACQgA3AzAgAkIANwMoIAJCADcDICACQgA3AxggAkIANwMQIAJCADcDCCACQgA3AwBBACEAA0AgAiAAaiAAQYCBBGotAAA6AAAgAEEBaiEAIAEgA0EBaiIDQf8BcUsNAAsgAkGAARABCyACQYABaiQACxIAIABBA3ZB/z9xIABBEHYQBAsKAEGAgQQgABABCwYAQYCBBQscACABQQN2Qf8/cSABQRB2EARBgIEEIAAQARADCwsMAQBBgIAECwTwAAAA", hash: "22cf500a" };
      function C(I2, A2, i2, C2) {
        return new (i2 || (i2 = Promise))(function(g2, h2) {
          function B2(I3) {
            try {
              f2(C2.next(I3));
            } catch (I4) {
              h2(I4);
            }
          }
          function e2(I3) {
            try {
              f2(C2.throw(I3));
            } catch (I4) {
              h2(I4);
            }
          }
          function f2(I3) {
            var A3;
            I3.done ? g2(I3.value) : (A3 = I3.value, A3 instanceof i2 ? A3 : new i2(function(I4) {
              I4(A3);
            })).then(B2, e2);
          }
          f2((C2 = C2.apply(I2, A2 || [])).next());
        });
      }
      "function" == typeof SuppressedError && SuppressedError;
      class g {
        constructor() {
          this.mutex = Promise.resolve();
        }
        lock() {
          let I2 = () => {
          };
          return this.mutex = this.mutex.then(() => new Promise(I2)), new Promise((A2) => {
            I2 = A2;
          });
        }
        dispatch(I2) {
          return C(this, void 0, void 0, function* () {
            const A2 = yield this.lock();
            try {
              return yield Promise.resolve(I2());
            } finally {
              A2();
            }
          });
        }
      }
      const h = "undefined" != typeof globalThis ? globalThis : "undefined" != typeof self ? self : "undefined" != typeof window ? window : global, B = null !== (A = h.Buffer) && void 0 !== A ? A : null, e = h.TextEncoder ? new h.TextEncoder() : null;
      function f(I2, A2) {
        return (15 & I2) + (I2 >> 6 | I2 >> 3 & 8) << 4 | (15 & A2) + (A2 >> 6 | A2 >> 3 & 8);
      }
      const t = "a".charCodeAt(0) - 10, w = "0".charCodeAt(0);
      function F(I2, A2, i2) {
        let C2 = 0;
        for (let g2 = 0; g2 < i2; g2++) {
          let i3 = A2[g2] >>> 4;
          I2[C2++] = i3 > 9 ? i3 + t : i3 + w, i3 = 15 & A2[g2], I2[C2++] = i3 > 9 ? i3 + t : i3 + w;
        }
        return String.fromCharCode.apply(null, I2);
      }
      const Q = null !== B ? (I2) => {
        if ("string" == typeof I2) {
          const A2 = B.from(I2, "utf8");
          return new Uint8Array(A2.buffer, A2.byteOffset, A2.length);
        }
        if (B.isBuffer(I2)) return new Uint8Array(I2.buffer, I2.byteOffset, I2.length);
        if (ArrayBuffer.isView(I2)) return new Uint8Array(I2.buffer, I2.byteOffset, I2.byteLength);
        throw new Error("Invalid data type!");
      } : (I2) => {
        if ("string" == typeof I2) return e.encode(I2);
        if (ArrayBuffer.isView(I2)) return new Uint8Array(I2.buffer, I2.byteOffset, I2.byteLength);
        throw new Error("Invalid data type!");
      }, n = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", o = new Uint8Array(256);
      for (let I2 = 0; I2 < 64; I2++) o[n.charCodeAt(I2)] = I2;
      function r(I2) {
        const A2 = (function(I3) {
          let A3 = Math.floor(0.75 * I3.length);
          const i3 = I3.length;
          return "=" === I3[i3 - 1] && (A3 -= 1, "=" === I3[i3 - 2] && (A3 -= 1)), A3;
        })(I2), i2 = I2.length, C2 = new Uint8Array(A2);
        let g2 = 0;
        for (let A3 = 0; A3 < i2; A3 += 4) {
          const i3 = o[I2.charCodeAt(A3)], h2 = o[I2.charCodeAt(A3 + 1)], B2 = o[I2.charCodeAt(A3 + 2)], e2 = o[I2.charCodeAt(A3 + 3)];
          C2[g2] = i3 << 2 | h2 >> 4, g2 += 1, C2[g2] = (15 & h2) << 4 | B2 >> 2, g2 += 1, C2[g2] = (3 & B2) << 6 | 63 & e2, g2 += 1;
        }
        return C2;
      }
      const S = 16384, U = new g(), a = /* @__PURE__ */ new Map();
      function s(I2, A2) {
        return C(this, void 0, void 0, function* () {
          let i2 = null, g2 = null, h2 = false;
          if ("undefined" == typeof WebAssembly) throw new Error("WebAssembly is not supported in this environment!");
          const B2 = () => new DataView(i2.exports.memory.buffer).getUint32(i2.exports.STATE_SIZE, true), e2 = U.dispatch(() => C(this, void 0, void 0, function* () {
            if (!a.has(I2.name)) {
              const A4 = r(I2.data), i3 = WebAssembly.compile(A4.buffer);
              a.set(I2.name, i3);
            }
            const A3 = yield a.get(I2.name);
            i2 = yield WebAssembly.instantiate(A3, {});
          })), t2 = (I3 = null) => {
            h2 = true, i2.exports.Hash_Init(I3);
          }, w2 = (I3) => {
            if (!h2) throw new Error("update() called before init()");
            ((I4) => {
              let A3 = 0;
              for (; A3 < I4.length; ) {
                const C2 = I4.subarray(A3, A3 + S);
                A3 += C2.length, g2.set(C2), i2.exports.Hash_Update(C2.length);
              }
            })(Q(I3));
          }, n2 = new Uint8Array(2 * A2), o2 = (I3, C2 = null) => {
            if (!h2) throw new Error("digest() called before init()");
            return h2 = false, i2.exports.Hash_Final(C2), "binary" === I3 ? g2.slice(0, A2) : F(n2, g2, A2);
          }, s2 = (I3) => "string" == typeof I3 ? I3.length < 4096 : I3.byteLength < S;
          let V2 = s2;
          switch (I2.name) {
            case "argon2":
            case "scrypt":
              V2 = () => true;
              break;
            case "blake2b":
            case "blake2s":
              V2 = (I3, A3) => A3 <= 512 && s2(I3);
              break;
            case "blake3":
              V2 = (I3, A3) => 0 === A3 && s2(I3);
              break;
            case "xxhash64":
            case "xxhash3":
            case "xxhash128":
            case "crc64":
              V2 = () => false;
          }
          return yield (() => C(this, void 0, void 0, function* () {
            i2 || (yield e2);
            const I3 = i2.exports.Hash_GetBuffer(), A3 = i2.exports.memory.buffer;
            g2 = new Uint8Array(A3, I3, S);
          }))(), { getMemory: () => g2, writeMemory: (I3, A3 = 0) => {
            g2.set(I3, A3);
          }, getExports: () => i2.exports, setMemorySize: (I3) => {
            i2.exports.Hash_SetMemorySize(I3);
            const A3 = i2.exports.Hash_GetBuffer(), C2 = i2.exports.memory.buffer;
            g2 = new Uint8Array(C2, A3, I3);
          }, init: t2, update: w2, digest: o2, save: () => {
            if (!h2) throw new Error("save() can only be called after init() and before digest()");
            const A3 = i2.exports.Hash_GetState(), C2 = B2(), g3 = i2.exports.memory.buffer, e3 = new Uint8Array(g3, A3, C2), t3 = new Uint8Array(4 + C2);
            return (function(I3, A4) {
              const i3 = A4.length >> 1;
              for (let C3 = 0; C3 < i3; C3++) {
                const i4 = C3 << 1;
                I3[C3] = f(A4.charCodeAt(i4), A4.charCodeAt(i4 + 1));
              }
            })(t3, I2.hash), t3.set(e3, 4), t3;
          }, load: (A3) => {
            if (!(A3 instanceof Uint8Array)) throw new Error("load() expects an Uint8Array generated by save()");
            const C2 = i2.exports.Hash_GetState(), g3 = B2(), e3 = 4 + g3, t3 = i2.exports.memory.buffer;
            if (A3.length !== e3) throw new Error(`Bad state length (expected ${e3} bytes, got ${A3.length})`);
            if (!(function(I3, A4) {
              if (I3.length !== 2 * A4.length) return false;
              for (let i3 = 0; i3 < A4.length; i3++) {
                const C3 = i3 << 1;
                if (A4[i3] !== f(I3.charCodeAt(C3), I3.charCodeAt(C3 + 1))) return false;
              }
              return true;
            })(I2.hash, A3.subarray(0, 4))) throw new Error("This state was written by an incompatible hash implementation");
            const w3 = A3.subarray(4);
            new Uint8Array(t3, C2, g3).set(w3), h2 = true;
          }, calculate: (I3, C2 = null, h3 = null) => {
            if (!V2(I3, C2)) return t2(C2), w2(I3), o2("hex", h3);
            const B3 = Q(I3);
            return g2.set(B3), i2.exports.Hash_Calculate(B3.length, C2, h3), F(n2, g2, A2);
          }, hashLength: A2 };
        });
      }
      const V = new g();
      let J = null;
      function c(I2) {
        return !Number.isInteger(I2) || I2 < 8 || I2 > 512 || I2 % 8 != 0 ? new Error("Invalid variant! Valid values: 8, 16, ..., 512") : null;
      }
      function k(I2, A2) {
        return I2 | A2 << 16;
      }
      I.blake2b = function(I2, A2 = 512, g2 = null) {
        if (c(A2)) return Promise.reject(c(A2));
        let h2 = null, B2 = A2;
        if (null !== g2) {
          if (h2 = Q(g2), h2.length > 64) return Promise.reject(new Error("Max key length is 64 bytes"));
          B2 = k(A2, h2.length);
        }
        const e2 = A2 / 8;
        if (null === J || J.hashLength !== e2) return (function(I3, A3, i2) {
          return C(this, void 0, void 0, function* () {
            const C2 = yield I3.lock(), g3 = yield s(A3, i2);
            return C2(), g3;
          });
        })(V, i, e2).then((A3) => (J = A3, B2 > 512 && J.writeMemory(h2), J.calculate(I2, B2)));
        try {
          B2 > 512 && J.writeMemory(h2);
          const A3 = J.calculate(I2, B2);
          return Promise.resolve(A3);
        } catch (I3) {
          return Promise.reject(I3);
        }
      }, I.createBLAKE2b = function(I2 = 512, A2 = null) {
        if (c(I2)) return Promise.reject(c(I2));
        let C2 = null, g2 = I2;
        if (null !== A2) {
          if (C2 = Q(A2), C2.length > 64) return Promise.reject(new Error("Max key length is 64 bytes"));
          g2 = k(I2, C2.length);
        }
        const h2 = I2 / 8;
        return s(i, h2).then((I3) => {
          g2 > 512 && I3.writeMemory(C2), I3.init(g2);
          const A3 = { init: g2 > 512 ? () => (I3.writeMemory(C2), I3.init(g2), A3) : () => (I3.init(g2), A3), update: (i2) => (I3.update(i2), A3), digest: (A4) => I3.digest(A4), save: () => I3.save(), load: (i2) => (I3.load(i2), A3), blockSize: 128, digestSize: h2 };
          return A3;
        });
      };
    });
  }
});

// src/dists/blake2b-worker.ts
var import_blake2b_umd_min = __toESM(require_blake2b_umd_min(), 1);
import { parentPort } from "node:worker_threads";
var port = parentPort;
if (port === null) throw new Error("blake2b-worker.ts runs as a worker thread");
var streams = /* @__PURE__ */ new Map();
var queue = Promise.resolve();
port.on("message", (message) => {
  queue = queue.then(() => handle(message)).catch((error) => {
    port.postMessage({ type: "failed", id: message.id, message: error instanceof Error ? error.message : String(error) });
  });
});
async function handle(message) {
  if (message.type === "start") {
    const hasher2 = import_blake2b_umd_min.default.createBLAKE2b(256).then((h) => {
      h.init();
      return h;
    });
    streams.set(message.id, { hasher: hasher2, memory: new Uint8Array(message.memory) });
    return;
  }
  const stream = streams.get(message.id);
  if (stream === void 0) throw new Error(`no BLAKE2b stream ${message.id}`);
  const hasher = await stream.hasher;
  if (message.type === "chunk") {
    hasher.update(stream.memory.subarray(message.offset, message.offset + message.length));
    port.postMessage({ type: "done", id: message.id, offset: message.offset });
  } else {
    streams.delete(message.id);
    port.postMessage({ type: "digest", id: message.id, hex: hasher.digest("hex") });
  }
}
