import MSSCore

/// Draws the whole dashboard for a model at a size. Pure: same model and size, same grid.
public enum Dashboard {
  public static func render(_ model: AppModel, width: Int, height: Int) -> Grid {
    var grid = Grid(width: width, height: height)
    grid.write(" \(model.dataset.mission) — as of \(model.asOf.display)", x: 0, y: 0, role: .header)
    return grid
  }
}
