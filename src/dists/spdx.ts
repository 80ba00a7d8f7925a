// PEP 639 License-Expression, checked as pypa/packaging's
// canonicalize_license_expression does for Warehouse: SPDX identifiers and
// exceptions compared case-insensitively, deprecated identifiers and a
// trailing '+' accepted, `LicenseRef-<idstring>` for anything else, AND / OR /
// WITH and parentheses. Pure. The lists come from spdx-license-ids and
// spdx-exceptions (data only); spdx-expression-parse is stricter than
// packaging (case-sensitive, no deprecated ids), so it would refuse what PyPI takes.
import licenseIds from 'spdx-license-ids/index.json' with { type: 'json' };
import deprecatedIds from 'spdx-license-ids/deprecated.json' with { type: 'json' };
import exceptionIds from 'spdx-exceptions/index.json' with { type: 'json' };
import deprecatedExceptions from 'spdx-exceptions/deprecated.json' with { type: 'json' };

const LICENSES = new Set([...licenseIds, ...deprecatedIds].map((id) => id.toLowerCase()));
const EXCEPTIONS = new Set([...exceptionIds, ...deprecatedExceptions].map((id) => id.toLowerCase()));
const LICENSE_REF = /^licenseref-[a-z0-9.-]*$/;

/** Why the expression is invalid, in packaging's words, or undefined when PyPI accepts it. */
export function licenseExpressionProblem(expression: string): string | undefined {
  const invalid = `Invalid license expression: '${expression}'`;
  const tokens = expression.replace(/\(/g, ' ( ').replace(/\)/g, ' ) ').toLowerCase().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return invalid;
  // Grammar: operands and operators alternate; parentheses balance and enclose something.
  let depth = 0;
  let expectOperand = true;
  let afterWith = false;
  for (const token of tokens) {
    if (token === '(') {
      if (!expectOperand) return invalid;
      depth++;
    } else if (token === ')') {
      if (expectOperand || depth === 0) return invalid;
      depth--;
    } else if (token === 'and' || token === 'or' || token === 'with') {
      if (expectOperand) return invalid;
      expectOperand = true;
      afterWith = token === 'with';
      continue;
    } else {
      if (!expectOperand) return invalid;
      expectOperand = false;
      if (afterWith) {
        if (!EXCEPTIONS.has(token)) return `Unknown license exception: '${token}'`;
      } else {
        const id = token.endsWith('+') ? token.slice(0, -1) : token;
        if (id.startsWith('licenseref-')) {
          if (!LICENSE_REF.test(id)) return `Invalid licenseref: '${id}'`;
        } else if (!LICENSES.has(id)) return `Unknown license: '${id}'`;
      }
    }
    afterWith = false;
  }
  return expectOperand || depth !== 0 ? invalid : undefined;
}
