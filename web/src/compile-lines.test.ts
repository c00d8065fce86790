import { describe, expect, it } from 'vitest';
import { compileErrorLines } from './compile-lines.js';

describe('compileErrorLines', () => {
  it('finds g++ lines of the solution, not of the headers it included', () => {
    const message = [
      'solution.cpp: In function \'int main()\':',
      'solution.cpp:3:5: error: \'x\' was not declared in this scope',
      '/usr/include/c++/12/bits/stl_vector.h:1287:7: note: candidate',
      'solution.cpp:7:1: error: expected \';\'',
    ].join('\n');
    expect(compileErrorLines(message, ['.cpp', '.cc'])).toEqual([3, 7]);
  });

  it('reads javac, rustc, C# and Python messages', () => {
    expect(compileErrorLines('Main.java:12: error: cannot find symbol', ['.java'])).toEqual([12]);
    expect(compileErrorLines('error[E0425]: cannot find value `x`\n --> solution.rs:4:13', ['.rs'])).toEqual([4]);
    expect(compileErrorLines('solution.cs(9,17): error CS1002: ; expected', ['.cs'])).toEqual([9]);
    expect(compileErrorLines('  File "solution.py", line 2\n    print(\n         ^\nSyntaxError', ['.py'])).toEqual([2]);
  });

  it('nothing for a message without a line of the solution', () => {
    expect(compileErrorLines('collect2: error: ld returned 1 exit status', ['.cpp'])).toEqual([]);
  });
});
