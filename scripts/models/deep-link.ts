/** The link printed as a QR code on every product's label; `/p/<id>` opens the product page. */
export function deepLink(productId: string): string {
  return `https://fixpoint.example/p/${productId}`
}
