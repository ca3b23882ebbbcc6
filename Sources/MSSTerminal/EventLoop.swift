import MSSCore
import MSSView

/// The interactive loop: wait for keys, signals or the driver (a deadline or its descriptor);
/// turn them into actions; apply them to the model; draw only when the grid changed. Nothing
/// is written, and nothing is even drawn in memory, while nothing changes.
@MainActor
struct EventLoop {
  private(set) var model: AppModel
  private let terminal: Terminal
  private let options: TerminalOptions
  private var themes: [Theme]
  /// The rest of the `t` cycle, read on the first `t` rather than before the first frame.
  private var moreThemes: (@MainActor () -> [Theme])?
  private var themeIndex = 0
  private let driver: (any SessionDriver)?
  private var shownGrid: Grid?
  private var repaintEverything = false
  private var finished = false

  init(model: AppModel, terminal: Terminal, theme: Theme, options: TerminalOptions) {
    self.model = model
    self.terminal = terminal
    self.options = options
    // The starting theme first, then the others `t` cycles through.
    self.themes = [theme] + options.themes.filter { $0 != theme }
    moreThemes = options.loadThemes
    driver = options.driver
  }

  mutating func run() {
    if terminal.asciiOnly { model.glyphs = .ascii }
    applyTheme()
    model.resize(width: terminal.width, height: terminal.height)
    driver?.start(&model)
    render()
    while !finished {
      let timeout = driver?.nextDeadline().map(\.pollTimeout) ?? -1
      let events = terminal.nextEvents(timeout: timeout, wake: driver?.wakeDescriptor)
      var woken = false
      for event in events {
        if event == .wake {
          woken = true
          continue
        }
        handle(event)
        if finished { return }
      }
      // Deadlines are checked by the clock, not by poll timing out: keys arriving faster
      // than the interval must not hold the kiosk's rotation back.
      let changed = driver?.update(&model, woken: woken) ?? false
      if changed || events.contains(where: { $0 != .wake }) { render() }
    }
  }

  private var keyMode: KeyMode {
    if model.kiosk { return .kiosk(locked: options.lockKeys) }
    return model.filter.editing ? .filtering : .browsing
  }

  private mutating func handle(_ event: TerminalEvent) {
    switch event {
    case .hangup, .signal(.terminate):
      finished = true
    case .wake:
      break
    case .signal(.resize), .signal(.resumed), .key(.resize):
      resize()
    case .key(let key):
      guard let action = KeyMap.action(for: key, mode: keyMode) else { return }
      perform(model.apply(action))
    }
  }

  /// A resize re-lays out at once; in a storm each step draws the size it finds, so the
  /// last one drawn is the final size.
  private mutating func resize() {
    guard terminal.updateSize() else { return }
    model.resize(width: terminal.width, height: terminal.height)
    repaintEverything = true
    render()
  }

  private mutating func perform(_ effect: Effect) {
    switch effect {
    case .none:
      break
    case .quit:
      finished = true
    case .redrawAll:
      repaintEverything = true
    case .cycleTheme:
      if let load = moreThemes {
        moreThemes = nil
        let current = themes[themeIndex]
        themes += load().filter { candidate in !themes.contains { $0 == candidate } }
        themeIndex = themes.firstIndex(of: current) ?? 0
      }
      themeIndex = (themeIndex + 1) % themes.count
      applyTheme()
    case .reload:
      // Off this thread: the answer comes back through the driver's descriptor.
      driver?.reload(&model)
    }
  }

  private mutating func applyTheme() {
    let theme = themes[themeIndex]
    terminal.use(theme)
    model.themeName = theme.name
    repaintEverything = true
  }

  /// Draws if the grid differs from what is on screen (or a full repaint is due).
  private mutating func render() {
    let grid = Dashboard.render(model, width: terminal.width, height: terminal.height)
    guard repaintEverything || grid != shownGrid else { return }
    terminal.draw(grid, everything: repaintEverything)
    shownGrid = grid
    repaintEverything = false
  }
}
