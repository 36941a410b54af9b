package lineage

// SetBuildHook makes every build of c call f first (tests hold a build
// under way with it).
func SetBuildHook(c *Cache, f func()) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.buildHook = f
}
