package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// progress draws a progress bar on standard error while a long command
// runs, only when standard error is a terminal: pipes, CI logs and tests
// get nothing extra. It is cleared when done. Its methods do nothing on a
// nil *progress.
type progress struct {
	bar *progressbar.ProgressBar
	max int
}

// newProgress starts a bar describing what; total is the number of steps,
// or -1 for work of unknown length (a spinner with the time elapsed).
func newProgress(cmd *cobra.Command, what string, total int) *progress {
	f, ok := cmd.ErrOrStderr().(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	opts := []progressbar.Option{
		progressbar.OptionSetWriter(f),
		progressbar.OptionSetDescription(what),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(100 * time.Millisecond),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionClearOnFinish(),
	}
	if total >= 0 {
		opts = append(opts, progressbar.OptionShowCount())
	}
	bar := progressbar.NewOptions(total, opts...)
	bar.RenderBlank()
	return &progress{bar: bar, max: total}
}

// set shows done steps of total.
func (p *progress) set(done, total int) {
	if p == nil {
		return
	}
	if total != p.max {
		p.bar.ChangeMax(total)
		p.max = total
	}
	p.bar.Set(done)
}

// finish clears the bar.
func (p *progress) finish() {
	if p == nil {
		return
	}
	p.bar.Finish()
	p.bar.Clear()
}

// counter reports the progress of long work whose total is known (ropa gen,
// ropa bench's generation) on standard error: the bar on a terminal;
// elsewhere (a pipe, a CI log) a line at most every second, such as
// "generating rows: 12,000/130,300 (9%), 3s". finish prints a last line
// with the time taken. Standard output is left to the command's data.
// Quiet makes it print nothing at all.
type counter struct {
	w         io.Writer
	what      string
	bar       *progress
	start     time.Time
	last      time.Time
	done, max int
	every     time.Duration
	quiet     bool
}

func newCounter(cmd *cobra.Command, what string, total int, quiet bool) *counter {
	c := &counter{w: cmd.ErrOrStderr(), what: what, max: total, start: time.Now(), every: time.Second, quiet: quiet}
	c.last = c.start
	if !quiet {
		c.bar = newProgress(cmd, what, total)
	}
	return c
}

// set records done steps of total, the signature of synth.Config.Progress.
func (c *counter) set(done, total int) {
	c.done, c.max = done, total
	if c.quiet {
		return
	}
	if c.bar != nil {
		c.bar.set(done, total)
		return
	}
	now := time.Now()
	if now.Sub(c.last) < c.every || done >= total {
		return
	}
	c.last = now
	fmt.Fprintf(c.w, "%s: %s/%s (%d%%), %s\n", c.what, commas(done), commas(total), percent(done, total), now.Sub(c.start).Round(time.Second))
}

// finish clears the bar and prints the last line.
func (c *counter) finish(err error) {
	if c.quiet {
		return
	}
	c.bar.finish()
	took := time.Since(c.start).Round(time.Millisecond)
	if err != nil {
		fmt.Fprintf(c.w, "%s: stopped after %s/%s in %s\n", c.what, commas(c.done), commas(c.max), took)
		return
	}
	fmt.Fprintf(c.w, "%s: done, %s in %s\n", c.what, commas(c.max), took)
}

func percent(done, total int) int {
	if total <= 0 {
		return 100
	}
	return done * 100 / total
}

// commas writes n with thousands separators: 130300 → "130,300".
func commas(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}
