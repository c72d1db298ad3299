// Draws the three line drawings of the bundled L5-S1 relief routine (original, made for Regimen).
// Run from this folder:  jshell draw.jsh
// Writes seated-hamstring-stretch.png, knee-to-chest-stretch.png and standing-hurdler-stretch.png
// into ../main/resources/dev/regimen/core/catalog/l5-s1-relief/: 360 x 240 pixels, 8-bit grey,
// black lines on white. Each shows the position that is held, seen from the side: the person in
// black, the far leg (where the legs would hide each other) and the furniture in grey.
import java.awt.*;
import java.awt.geom.*;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import java.io.File;

String OUT = "../main/resources/dev/regimen/core/catalog/l5-s1-relief/";
Color INK = Color.BLACK;
Color GREY = new Color(0x99, 0x99, 0x99);

BufferedImage canvas() { return new BufferedImage(360, 240, BufferedImage.TYPE_BYTE_GRAY); }
Graphics2D pen(BufferedImage image) {
  Graphics2D g = image.createGraphics();
  g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
  g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
  g.setColor(Color.WHITE); g.fillRect(0, 0, image.getWidth(), image.getHeight());
  g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
  g.setColor(INK);
  return g;
}
// A line through the points: x1, y1, x2, y2, ...
void path(Graphics2D g, double... p) {
  Path2D.Double d = new Path2D.Double();
  d.moveTo(p[0], p[1]);
  for (int i = 2; i < p.length; i += 2) d.lineTo(p[i], p[i + 1]);
  g.draw(d);
}
void head(Graphics2D g, double x, double y) { g.draw(new Ellipse2D.Double(x - 15, y - 15, 30, 30)); }
void floor(Graphics2D g, double y) {
  g.setColor(INK); g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
  path(g, 14, y, 346, y);
  g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
}
void save(BufferedImage image, String name) throws Exception { ImageIO.write(image, "png", new File(OUT + name)); }

// Seated hamstring stretch: on the front edge of a chair, the right leg stretched out with the
// heel on the floor and the toes up, the left foot flat, leaning forward from the hips with a
// straight back, the hands reaching toward the toes.
BufferedImage a = canvas(); Graphics2D g = pen(a);
floor(g, 222);
g.setColor(GREY);
path(g, 52, 62, 52, 219);            // chair: back post and back leg
path(g, 52, 148, 140, 148);          // seat
path(g, 134, 148, 134, 219);         // front leg
path(g, 132, 138, 182, 148, 188, 212, 210, 214); // far (left) leg: knee bent, foot flat
g.setColor(INK);
path(g, 124, 138, 212, 174, 298, 214); // right leg stretched out, a gentle bend in the knee
path(g, 298, 214, 312, 190);         // foot: heel on the floor, toes pointing up
path(g, 124, 138, 186, 78);          // back straight, leaning forward from the hips
head(g, 206, 58);
path(g, 180, 86, 236, 132, 284, 176); // arms reaching toward the toes
g.dispose(); save(a, "seated-hamstring-stretch.png");

// Knee-to-chest stretch: lying on the back, the right knee bent with the foot flat on the floor,
// both hands pulling the left knee toward the chest.
BufferedImage b = canvas(); g = pen(b);
floor(g, 212);
head(g, 44, 192);
path(g, 62, 198, 176, 200);          // back on the floor
path(g, 176, 200, 236, 148, 282, 206, 304, 206); // right leg: knee bent, foot flat
path(g, 176, 200, 126, 128, 190, 158, 206, 142); // left knee pulled toward the chest, shin and foot
path(g, 84, 196, 100, 156, 142, 140);  // arms, the hands around the knee
g.dispose(); save(b, "knee-to-chest-stretch.png");

// Standing hurdler stretch: standing facing a bench, the left foot up on it, both legs straight,
// bending forward from the waist over the raised leg.
BufferedImage c = canvas(); g = pen(c);
floor(g, 222);
g.setColor(GREY);
path(g, 214, 146, 340, 146);         // bench: its top
path(g, 226, 146, 226, 219); path(g, 328, 146, 328, 219); // and its legs
g.setColor(INK);
path(g, 110, 100, 104, 218, 128, 218); // standing leg, straight, foot flat
path(g, 110, 100, 232, 138);         // left leg straight, the heel on the bench
path(g, 232, 138, 240, 116);         // foot, toes up
path(g, 110, 100, 186, 66);          // trunk bent forward from the waist
head(g, 207, 56);
path(g, 178, 72, 214, 128);          // arm reaching down along the raised leg
g.dispose(); save(c, "standing-hurdler-stretch.png");
/exit
