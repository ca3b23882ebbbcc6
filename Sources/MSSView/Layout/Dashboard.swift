import MSSCore

/// Draws the whole dashboard for a model at a size. Pure: same model and size, same grid.
public enum Dashboard {
  public static func render(_ model: AppModel, width: Int, height: Int) -> Grid {
    var model = model
    // A caller that never told the model its size (a snapshot) still gets scroll positions
    // chosen for this size rather than for the default one.
    if model.width != width || model.height != height { model.resize(width: width, height: height) }
    var grid = draw(model, width: width, height: height)
    if model.glyphs.ascii { grid.foldToASCII() }
    return grid
  }

  private static func draw(_ model: AppModel, width: Int, height: Int) -> Grid {
    var grid = Grid(width: width, height: height)
    let layout = ScreenLayout(model: model, width: width, height: height)
    guard layout.mode != .tooSmall else {
      TooSmallMessage.draw(in: &grid, glyphs: model.glyphs)
      return grid
    }
    HeaderBar.draw(in: &grid, layout.header, model: model)
    if let tabs = layout.tabs { TabBar.draw(in: &grid, tabs, model: model) }
    for (panel, rect) in layout.panels.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
      Panels.draw(panel, in: &grid, rect, model: model)
    }
    if let banner = layout.banner, let text = model.banner {
      BannerBar.draw(in: &grid, banner, text: text, glyphs: model.glyphs)
    }
    if let footer = layout.footer { FooterBar.draw(in: &grid, footer, model: model) }
    if model.showHelp {
      HelpOverlay.draw(in: &grid, layout.body, glyphs: model.glyphs, scroll: model.helpScroll)
    }
    return grid
  }

  /// Only `panel`, filling the screen below the header (for `snapshot --panel`).
  public static func render(_ model: AppModel, width: Int, height: Int, panel: PanelID) -> Grid {
    var model = model
    model.focus = panel
    model.zoomed = true
    return render(model, width: width, height: height)
  }
}
