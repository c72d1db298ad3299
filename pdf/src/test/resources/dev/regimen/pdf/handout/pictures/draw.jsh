// Draws the three placeholder line drawings of the L5-S1 handout fixture (original, made here).
// Run from this folder: jshell draw.jsh   (writes seated-hamstring.png, knee-to-chest.png,
// standing-hurdler.png; 360 x 240 pixels, black lines on white, no transparency).
import java.awt.*;
import java.awt.geom.*;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import java.io.File;

BufferedImage canvas() { return new BufferedImage(360, 240, BufferedImage.TYPE_INT_RGB); }
Graphics2D pen(BufferedImage image) {
  Graphics2D g = image.createGraphics();
  g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
  g.setColor(Color.WHITE); g.fillRect(0, 0, image.getWidth(), image.getHeight());
  g.setColor(new Color(0x22, 0x22, 0x22));
  g.setStroke(new BasicStroke(7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
  return g;
}
void line(Graphics2D g, double x1, double y1, double x2, double y2) { g.draw(new Line2D.Double(x1, y1, x2, y2)); }
void head(Graphics2D g, double x, double y) { g.draw(new Ellipse2D.Double(x - 16, y - 16, 32, 32)); }
void save(BufferedImage image, String name) throws Exception { ImageIO.write(image, "png", new File(name)); }

// Seated hamstring stretch: a chair, the person on its edge, right leg out, leaning to the toes.
BufferedImage a = canvas(); Graphics2D g = pen(a);
g.setColor(new Color(0x88, 0x88, 0x88));
line(g, 60, 150, 150, 150); line(g, 60, 150, 60, 220); line(g, 150, 150, 150, 220); line(g, 60, 150, 60, 70);
g.setColor(new Color(0x22, 0x22, 0x22));
line(g, 20, 222, 340, 222);
head(g, 178, 62); line(g, 120, 140, 168, 80);            // trunk leaning forward
line(g, 120, 140, 300, 200); line(g, 300, 200, 300, 218); // extended leg, heel down, toes up
line(g, 300, 200, 316, 186);
line(g, 120, 140, 150, 150); line(g, 150, 150, 165, 218); // other leg, foot flat
line(g, 160, 90, 240, 150); line(g, 240, 150, 285, 182); // arms reaching to the toes
g.dispose(); save(a, "seated-hamstring.png");

// Knee-to-chest stretch: lying on the back, one knee pulled to the chest, the other foot planted.
BufferedImage b = canvas(); g = pen(b);
line(g, 20, 210, 340, 210);
head(g, 50, 182); line(g, 68, 188, 190, 192);              // trunk on the floor
line(g, 190, 192, 250, 140); line(g, 250, 140, 280, 205);  // planted leg, knee bent
line(g, 190, 192, 150, 120); line(g, 150, 120, 118, 150);  // pulled knee toward the chest
line(g, 95, 186, 140, 128); line(g, 95, 186, 150, 130);    // arms holding the knee
g.dispose(); save(b, "knee-to-chest.png");

// Standing hurdler stretch: standing, one foot up on a bench, bending forward from the waist.
BufferedImage c = canvas(); g = pen(c);
g.setColor(new Color(0x88, 0x88, 0x88));
line(g, 210, 150, 330, 150); line(g, 220, 150, 220, 220); line(g, 320, 150, 320, 220);
g.setColor(new Color(0x22, 0x22, 0x22));
line(g, 20, 222, 340, 222);
line(g, 110, 120, 100, 220);                                // standing leg
line(g, 110, 120, 280, 140); line(g, 280, 140, 286, 122);   // raised leg on the bench
head(g, 196, 52); line(g, 110, 120, 178, 64);                // trunk bent forward from the waist
line(g, 165, 78, 235, 112);                                  // arm along the raised leg
g.dispose(); save(c, "standing-hurdler.png");
/exit
