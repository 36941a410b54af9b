package main

import (
	"os"
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
