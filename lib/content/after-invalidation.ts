// Cleanup after an update or reload (#15): by the time WXT tells the old content script its
// context is gone, the extension APIs it would unregister from are gone too (browser.runtime
// is undefined, wxt/storage throws). Its listeners are dead with the context; the cleanup
// must not throw into the page, where the writer's console and the page's error handlers
// would see it.
export function quietly(cleanup: () => void): void {
  try {
    cleanup();
  } catch {
    // The API went with the old context: nothing left to unregister.
  }
}
