package i18n

import "sync"

// message is one user-facing string of gpuspec, in English and Chinese
// side by side. Format verbs must match in both (TestMessagesComplete).
// The messages live in plain slices, which cost nothing at start-up; the
// table to look them up in is built on first use.
type message struct {
	key    string
	en, zh string
}

// catalogue is every message by key.
var catalogue = sync.OnceValue(func() map[string]Text {
	parts := [][]message{commandMessages, dataMessages, errorMessages, recommendMessages, tuiMessages}
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	m := make(map[string]Text, n)
	for _, p := range parts {
		for _, msg := range p {
			m[msg.key] = Text{EN: msg.en, ZH: msg.zh}
		}
	}
	return m
})
