namespace Registry.Designer.Canvas;

/// <summary>A node's top-left corner on the canvas, in canvas pixels.</summary>
/// <param name="X">Left.</param>
/// <param name="Y">Top.</param>
public readonly record struct CanvasPoint(double X, double Y);
