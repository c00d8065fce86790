// Go 1.19.

import type { LanguageInput } from '../language.js';
import { ALL_TOGETHER, ECHO } from './common.js';

export const GO_LANGUAGES: LanguageInput[] = [
  {
    id: 'go',
    name: 'Go',
    extensions: ['.go'],
    aliases: ['golang'],
    image: 'go',
    sourceName: 'solution.go',
    // A folder is one package main: every .go file at its top level.
    mainFile: [...ALL_TOGETHER],
    compile: ['go', 'build', '-o', '{out}/solution', '{sources}'],
    run: ['{box}/solution'],
    // Offline, caches under the only writable directory, no cgo (no C compiler in the
    // image). Not -trimpath: it would make the prebuilt standard library stale (+10 s).
    // GOMEMLIMIT makes the GC work harder near the limit instead of doubling the live heap.
    env: {
      GOCACHE: '/tmp/.cache/go-build',
      GOPATH: '/tmp/go',
      GOPROXY: 'off',
      CGO_ENABLED: '0',
      GOMEMLIMIT: '{heapMiB}MiB',
    },
    heapShare: 0.9,
    outOfMemoryMarkers: ['runtime: out of memory'],
    selfTest: {
      ...ECHO,
      source: `package main

import (
	"bufio"
	"io"
	"os"
)

func main() {
	reader := bufio.NewReader(os.Stdin)
	writer := bufio.NewWriter(os.Stdout)
	defer writer.Flush()
	io.Copy(writer, reader)
}
`,
    },
  },
];
