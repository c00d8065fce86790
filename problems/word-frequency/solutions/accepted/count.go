// Word frequency: count lower-cased letter runs, sort by count, then alphabetically.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
)

func main() {
	text, _ := io.ReadAll(os.Stdin)
	counts := map[string]int{}
	start := -1
	for i := 0; i <= len(text); i++ {
		isLetter := i < len(text) && (('a' <= text[i] && text[i] <= 'z') || ('A' <= text[i] && text[i] <= 'Z'))
		if isLetter && start < 0 {
			start = i
		} else if !isLetter && start >= 0 {
			word := make([]byte, i-start)
			for j := range word {
				word[j] = text[start+j] | 0x20 // ASCII letter to lower case
			}
			counts[string(word)]++
			start = -1
		}
	}
	words := make([]string, 0, len(counts))
	for word := range counts {
		words = append(words, word)
	}
	sort.Slice(words, func(a, b int) bool {
		if counts[words[a]] != counts[words[b]] {
			return counts[words[a]] > counts[words[b]]
		}
		return words[a] < words[b]
	})
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, word := range words {
		fmt.Fprintf(out, "%s %d\n", word, counts[word])
	}
}
