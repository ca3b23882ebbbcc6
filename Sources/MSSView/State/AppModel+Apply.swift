import MSSCore

/// The reducer: every key, click and kiosk step arrives here as an `Action`.
extension AppModel {
  /// Applies one action; the returned effect is for the front end (quit, reload, …).
  public mutating func apply(_ action: Action) -> Effect {
    switch action {
    case .quit: return .quit
    case .reload: return .reload
    case .redraw: return .redrawAll
    case .cycleTheme: return .cycleTheme
    default: break
    }
    if filter.editing, applyWhileEditing(action) { return .none }
    if showHelp {
      // The help overlay swallows everything but closing it.
      switch action {
      case .toggleHelp, .back, .click: showHelp = false
      case .moveUp: helpScroll = max(0, helpScroll - 1)
      case .moveDown: helpScroll += 1
      case .pageUp, .top: helpScroll = 0
      case .pageDown, .bottom: helpScroll += max(1, height - 4)
      default: break
      }
      let body = ScreenLayout(model: self, width: width, height: height).body
      helpScroll = min(helpScroll, HelpOverlay.maximumScroll(body: body, glyphs: glyphs))
      return .none
    }
    applyToPanels(action)
    return .none
  }

  private mutating func applyToPanels(_ action: Action) {
    switch action {
    case .focusNext: cycleFocus(+1)
    case .focusPrevious: cycleFocus(-1)
    case .focus(let panel): focus = panel
    case .moveUp: move(focus, by: -1)
    case .moveDown: move(focus, by: 1)
    case .pageUp: page(focus, -1)
    case .pageDown: page(focus, 1)
    case .top: jump(focus, toEnd: false)
    case .bottom: jump(focus, toEnd: true)
    case .openDetail: openDetail()
    case .back: back()
    case .stepAsOf(let steps): stepAsOf(steps)
    case .asOfToday: setAsOf(today)
    case .toggleZoom: zoomed.toggle()
    case .cycleSort: preservingSelection { $0.sort = $0.sort.next }
    case .startFilter: startFilter()
    case .toggleHelp: showHelp = true
    case .click(let x, let y): click(x: x, y: y)
    case .scroll(let x, let y, let lines): wheel(x: x, y: y, lines: lines)
    case .filterInput, .filterBackspace, .filterCommit: break
    case .quit, .reload, .redraw, .cycleTheme: break
    }
  }

  private mutating func cycleFocus(_ step: Int) {
    let all = PanelID.allCases
    let index = all.firstIndex(of: focus) ?? 0
    focus = all[(index + step + all.count) % all.count]
  }

  /// Enter: the focused panel's selection becomes the detail's subject, shown from its top.
  mutating func openDetail() {
    guard focus != .detail, let item = selectedItem(in: focus) else { return }
    pinDetail(item)
    returnFocus = focus
    focus = .detail
    cursors[.detail] = ListCursor()
  }

  /// Closes the innermost thing open: detail, then zoom, then an active filter.
  private mutating func back() {
    if focus == .detail, let previous = returnFocus {
      focus = previous
      returnFocus = nil
    } else if zoomed {
      zoomed = false
    } else if filter.isActive {
      preservingSelection { $0.filter = TimelineFilter() }
    }
  }

  /// Steps through the days on which the picture changed; past the last one comes today.
  private mutating func stepAsOf(_ steps: Int) {
    var stops = resolved.changeDays.value
    if let last = stops.last, today > last { stops.append(today) }
    var day = asOf
    for _ in 0..<abs(steps) {
      let next = steps > 0 ? stops.first { $0 > day } : stops.last { $0 < day }
      guard let next else { break }
      day = next
    }
    if day != asOf { setAsOf(day) }
  }

  private mutating func startFilter() {
    focus = .timeline
    filter.previous = filter.text
    filter.editing = true
  }

  /// Keys while typing a filter; returns false for actions that pass through (arrows).
  private mutating func applyWhileEditing(_ action: Action) -> Bool {
    switch action {
    case .filterInput(let text):
      preservingSelection { $0.filter.text += text }
    case .filterBackspace:
      preservingSelection { _ = $0.filter.text.popLast() }
    case .filterCommit, .openDetail:
      filter.editing = false
    case .back:
      preservingSelection {
        $0.filter.text = $0.filter.previous
        $0.filter.editing = false
      }
    default:
      return false
    }
    return true
  }
}
