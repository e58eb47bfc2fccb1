import type { Translation } from '../en'
import type { enSnapshot } from '../en-snapshot'

/** Snapshots (agent and customer), in Spanish. */
export const esSnapshot: Translation<typeof enSnapshot> = {
  'snapshot.freeze': 'Congelar imagen',
  'snapshot.freezeHint':
    'Congele el vídeo del cliente para dibujar sobre una imagen fija y enviársela.',
  'snapshot.noPicture': 'Todavía no hay ninguna imagen del cliente para congelar.',
  'snapshot.frozen':
    'Imagen congelada. Dibuje sobre ella y envíela al cliente. Su vídeo en directo sigue debajo.',
  'snapshot.tools': 'Herramientas de captura',
  'snapshot.tool': 'Dibujar con',
  'snapshot.tool.pen': 'Lápiz',
  'snapshot.tool.arrow': 'Flecha',
  'snapshot.tool.circle': 'Círculo',
  'snapshot.color': 'Color',
  'snapshot.color.cyan': 'Cian',
  'snapshot.color.magenta': 'Magenta',
  'snapshot.color.yellow': 'Amarillo',
  'snapshot.undo': 'Deshacer',
  'snapshot.clear': 'Borrar el dibujo',
  'snapshot.cancel': 'Cancelar',
  'snapshot.send': 'Enviar al cliente',
  'snapshot.sending': 'Enviando…',
  'snapshot.sent': 'Captura enviada. El cliente la ve en su pantalla.',
  'snapshot.cancelled': 'Captura descartada. De vuelta al vídeo en directo.',
  'snapshot.tooLarge':
    'Esta imagen es demasiado grande para enviarla. Inténtelo de nuevo con un vídeo más pequeño.',
  'snapshot.hint':
    'Arrastre sobre la imagen para dibujar. Teclado: las flechas mueven el cursor (Mayús para pasos mayores), Intro empieza y termina una marca, Escape la descarta, Ctrl+Z deshace.',
  'snapshot.canvasLabel': 'Imagen congelada del vídeo del cliente',
  'snapshot.historyTitle': 'Capturas enviadas',
  'snapshot.historyEmpty': 'Todavía no se han enviado capturas en esta escalada.',
  'snapshot.historyItem': 'Captura enviada a las {time}',
  'snapshot.historyOpen': 'Abrir a tamaño completo la captura enviada a las {time}',
  'snapshot.customerTitle': 'Una imagen de {agent}',
  'snapshot.customerTitleNoName': 'Una imagen del agente',
  'snapshot.customerAlt': 'La captura de su cámara hecha por el agente, con sus marcas',
  'snapshot.customerLoading': 'Cargando la imagen del agente…',
  'snapshot.customerFailed': 'No se pudo cargar la imagen del agente.',
  'snapshot.customerClose': 'Cerrar la imagen',
  'snapshot.arLine': 'El agente le ha enviado una imagen: está encima de esta tarjeta.',
}
