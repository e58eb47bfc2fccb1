import type { Translation } from '../en'
import type { enLabels } from '../en-labels'

/** The studio's label sheet, in Spanish. */
export const esLabels: Translation<typeof enLabels> = {
  'labels.title': 'Imprimir etiquetas',
  'labels.heading': 'Etiquetas para {name}',
  'labels.link': 'Imprimir etiquetas',
  'labels.back': 'Volver a {name}',
  'labels.loading': 'Cargando el producto y la dirección del servidor…',
  'labels.form': 'Hoja de etiquetas',
  'labels.paper': 'Papel',
  'labels.paper.a4': 'A4 (210 × 297 mm)',
  'labels.paper.letter': 'Carta EE. UU. (8,5 × 11 in)',
  'labels.count': 'Número de etiquetas',
  'labels.first': 'Primer número de serie',
  'labels.firstHint':
    'Los dígitos finales van aumentando y conservan sus ceros: SN-000123, SN-000124, …',
  'labels.size': 'Lado del código QR (mm)',
  'labels.sizeHint':
    'La cuadrícula de módulos, sin la zona de silencio. Use el tamaño declarado en la posición de etiqueta del producto, para que la alineación en RA mida la etiqueta real.',
  'labels.sizeDeclared':
    'Lado del código QR: {size} mm, según la posición de etiqueta del producto (cuadrícula de módulos, sin la zona de silencio).',
  'labels.print': 'Imprimir',
  'labels.printHint':
    'Imprima al 100 % («Tamaño real»), sin «Ajustar a la página», para que los códigos mantengan su tamaño.',
  'labels.summary':
    '{count, plural, one {# etiqueta} other {# etiquetas}} en {pages, plural, one {# página} other {# páginas}} ({perPage} por página), de {first} a {last}',
  'labels.encodes': 'Los códigos abren {url}',
  'labels.preview': 'Vista previa',
  'labels.pageN': 'Página {page} de {pages}',
  'labels.qrAlt': 'Código QR de {url}',
  'labels.model': 'Modelo {model}',
  'labels.serial': 'N.º de serie {serial}',
  'labels.smallModules':
    'Cada módulo mide {module} mm: por debajo de 0,5 mm las cámaras de los móviles leen mal el código. Elija un tamaño mayor.',
  'labels.err.first.empty': 'Introduzca el primer número de serie, p. ej., SN-000123.',
  'labels.err.first.noDigits':
    'El número de serie debe terminar en dígitos desde los que contar, p. ej., SN-000123.',
  'labels.err.first.characters':
    'Use solo letras, dígitos, espacios y . _ / -, empezando por una letra o un dígito.',
  'labels.err.first.tooLong': 'Los números de serie tendrían más de {max} caracteres.',
  'labels.err.count.notWhole': 'Introduzca un número entero de etiquetas.',
  'labels.err.count.tooFew': 'Imprima al menos una etiqueta.',
  'labels.err.count.tooMany':
    'Como máximo {max} etiquetas por hoja; imprima el resto en otra hoja.',
  'labels.err.size': 'Introduzca un tamaño entre {min} y {max} mm.',
  'labels.err.fit':
    'Un código de {size} mm con su zona de silencio y su texto no cabe en una página {paper}; elija un tamaño menor.',
  'labels.noUrl.heading': 'Configure la dirección pública antes de imprimir etiquetas',
  'labels.noUrl.body':
    'El código QR de una etiqueta lleva la dirección que abren los móviles de los clientes, y este servidor no tiene ninguna configurada. Ponga en PUBLIC_URL, en el entorno del servidor, la dirección por la que los clientes acceden a Fixpoint y reinicie el servidor:',
  'labels.noUrl.example': 'PUBLIC_URL=https://repairs.your-company.com',
  'labels.refused.heading': 'Esta dirección pública no puede ir en una etiqueta',
  'labels.refused.loopback':
    'PUBLIC_URL es {url}, pero {host} significa «este ordenador»: un móvil que escanee la etiqueta buscaría Fixpoint en sí mismo y fallaría. Ponga en PUBLIC_URL una dirección a la que lleguen los móviles y reinicie el servidor:',
  'labels.refused.placeholder':
    'PUBLIC_URL es {url}, pero {host} es un nombre de ejemplo reservado que ningún móvil puede abrir. Ponga en PUBLIC_URL su dirección real y reinicie el servidor:',
  'labels.refused.path':
    'PUBLIC_URL es {url}, pero las etiquetas necesitan la dirección raíz del sitio (sin ruta, consulta ni fragmento): Fixpoint responde allí a /p/<product>. Ponga la raíz en PUBLIC_URL y reinicie el servidor:',
  'labels.refused.protocol':
    'PUBLIC_URL es {url}, que no es una dirección http ni https. Ponga una en PUBLIC_URL y reinicie el servidor:',
  'labels.refused.invalid':
    'PUBLIC_URL es {url}, que no es una dirección válida. Corríjala y reinicie el servidor:',
  'labels.lan.offer':
    'Para una impresión de prueba en el taller, este servidor también responde en la red local en {url} (se ejecuta con --https). Las etiquetas impresas con ella solo funcionan en esta red mientras este servidor esté en marcha.',
  'labels.lan.use': 'Usar {url} para una impresión de prueba',
  'labels.lan.using':
    'Impresión de prueba: estas etiquetas abren {url}, que solo funciona en esta red mientras este servidor se ejecute con --https. Configure PUBLIC_URL para las etiquetas que van en los productos.',
  'labels.lan.stop': 'Dejar de usar la dirección LAN',
}
