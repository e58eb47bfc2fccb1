import type { Translation } from '../en'
import type { enCore } from '../en-core'

/** App shell and customer pages in Spanish (“usted”, neutral Spanish). */
export const esCore: Translation<typeof enCore> = {
  'app.name': 'Fixpoint',
  'app.skipToContent': 'Saltar al contenido',
  'app.loading': 'Cargando…',
  'app.crashed': 'Algo salió mal en esta página.',
  'app.crashedHint':
    'Vuelva a cargar la página para intentarlo de nuevo. Si sigue pasando, vuelva al inicio.',
  'app.reload': 'Volver a cargar',
  'app.home': 'Volver al inicio',
  'app.retry': 'Reintentar',
  'app.language': 'Idioma',

  'api.network': 'No se pudo conectar con Fixpoint. Compruebe su conexión e inténtelo de nuevo.',
  'api.unexpected': 'El servidor respondió de forma inesperada (estado {status}).',

  'home.title': 'Repárelo usted mismo, paso a paso',
  'home.lead':
    'Apunte el móvil al producto y Fixpoint le muestra qué hacer, directamente sobre él. Sin instalar ninguna app.',
  'home.searchLabel': 'Buscar productos',
  'home.searchHint': 'Nombre, marca o número de modelo',
  'home.productsHeading': 'Productos',
  'home.loadingProducts': 'Cargando productos…',
  'home.noProducts': 'Todavía no hay productos disponibles.',
  'home.noMatches': 'Ningún producto coincide con «{query}».',
  'home.guides': '{count, plural, one {# guía de reparación} other {# guías de reparación}}',

  'scan.heading': 'Escanee su producto',
  'scan.intro':
    'Busque en su producto la etiqueta con un código cuadrado. Fixpoint usa la cámara solo para leer ese código; no se graba ni se envía nada.',
  'scan.start': 'Escanear el código del producto',
  'scan.starting': 'Abriendo la cámara…',
  'scan.preview': 'Imagen de la cámara',
  'scan.preparing': 'Preparando el lector de códigos…',
  'scan.scanning': 'Apunte la cámara al código de la etiqueta y manténgala quieta.',
  'scan.looking': 'Código leído. Buscando…',
  'scan.found': 'Encontrado: {name} de {brand}.',
  'scan.foundLabel': 'Hemos encontrado su producto',
  'scan.brand': 'Marca',
  'scan.model': 'Modelo',
  'scan.serial': 'Número de serie',
  'scan.seeRepairs': 'Ver reparaciones',
  'scan.scanAgain': 'Escanear otro código',
  'scan.stop': 'Apagar la cámara',
  'scan.tryAgain': 'Reintentar',
  'scan.unknownTitle': 'No conocemos este código',
  'scan.unknownBody':
    'El código «{code}» no corresponde a ningún producto que admitamos todavía. Busque su producto por nombre o número de modelo.',
  'scan.unknownStatus': 'Este código no corresponde a ningún producto que conozcamos.',
  'scan.search': 'Buscar su producto',
  'scan.lookupFailed': 'No se pudo comprobar el código. {message}',
  'scan.readerFailed':
    'El lector de códigos no pudo iniciarse en este dispositivo. Busque su producto más abajo.',
  'scan.problem.denied.title': 'El acceso a la cámara está bloqueado',
  'scan.problem.denied':
    'Para escanear, permita la cámara para este sitio: toque el candado o el icono de ajustes junto a la dirección, ponga Cámara en Permitir y toque Reintentar. También puede buscar su producto más abajo.',
  'scan.problem.no-camera.title': 'No se encontró ninguna cámara',
  'scan.problem.no-camera':
    'Este dispositivo no tiene una cámara que podamos usar. Busque su producto más abajo o abra esta página en su móvil.',
  'scan.problem.in-use.title': 'La cámara está ocupada',
  'scan.problem.in-use':
    'Otra app está usando la cámara (por ejemplo, una videollamada). Ciérrela y toque Reintentar.',
  'scan.problem.insecure.title': 'La cámara necesita una conexión segura',
  'scan.problem.insecure':
    'Los navegadores solo permiten la cámara en páginas seguras (HTTPS). Abra esta página con una dirección https:// o busque su producto más abajo.',
  'scan.problem.unsupported.title': 'Este navegador no puede usar la cámara',
  'scan.problem.unsupported':
    'Busque su producto más abajo o abra esta página en un navegador actualizado en su móvil.',
  'scan.problem.failed.title': 'La cámara no pudo iniciarse',
  'scan.problem.failed': 'Toque Reintentar o busque su producto más abajo.',

  'product.loading': 'Cargando el producto…',
  'product.notFound': 'No encontramos este producto.',
  'product.model': 'Modelo {model}',
  'product.serial': 'Número de serie {serial}',
  'product.proceduresHeading': '¿Qué falla?',
  'product.noProcedures': 'Todavía no hay guías de reparación para este producto.',
  'product.symptom': 'Soluciona',
  'product.difficulty': 'Dificultad',
  'product.time': 'Tiempo',
  'product.minutes': '{minutes} min',
  'product.tools': 'Herramientas',
  'product.noTools': 'Ninguna',
  'product.parts': 'Piezas necesarias',
  'product.steps': 'Pasos',
  'product.start': 'Empezar esta reparación',
  'product.starting': 'Empezando…',
  'difficulty.very-easy': 'Muy fácil',
  'difficulty.easy': 'Fácil',
  'difficulty.moderate': 'Media',
  'difficulty.difficult': 'Difícil',

  'repair.loading': 'Cargando su reparación…',
  'repair.noToken':
    'Esta reparación se empezó en otro dispositivo o en otra pestaña, así que no se puede abrir aquí. Vuelva a empezarla desde la página del producto.',
  'repair.currentStep': 'Paso actual',
  'repair.stepsHeading': 'Todos los pasos',
  'repair.version': 'Versión de la guía {version}',
  'repair.noProcedure': 'La guía de esta reparación ya no está disponible.',
  'repair.loadingGuide': 'Abriendo la guía…',

  'guide.position': 'Paso {index} de {total}',
  'guide.back': 'Atrás',
  'guide.next': 'Siguiente',
  'guide.finish': 'Terminar',
  'guide.help': 'Pedir ayuda',
  'guide.helpSoon':
    'Esto es una vista previa: la solicitud queda anotada, pero desde aquí no se llama a ningún agente de soporte.',
  'guide.chooseAnswer': 'Elija una respuesta para continuar.',
  'guide.bullet.info': 'Consejo',
  'guide.bullet.note': 'Nota',
  'guide.bullet.caution': 'Precaución',
  'guide.bullet.warning': 'Advertencia',
  'guide.syncing': 'Guardando su progreso…',
  'guide.view3d': 'Vista 3D del producto con la pieza de este paso',
  'guide.loadingModel': 'Cargando el modelo 3D…',
  'guide.showPart': 'Mostrar la pieza',
  'guide.modelFailed': 'No se pudo mostrar el modelo 3D. Los pasos de abajo siguen funcionando.',
  'guide.quickLook': 'Ver en su espacio (AR Quick Look)',
  'guide.preparingQuickLook': 'Preparando AR Quick Look…',
  'guide.safetyHeading': 'Antes de empezar',
  'guide.resetView': 'Volver a centrar la vista',
  'outcome.question': '¿Está arreglado?',
  'outcome.lead': 'Su respuesta nos indica si esta guía funciona, para poder mejorarla.',
  'outcome.yes': 'Sí, ya funciona',
  'outcome.no': 'No, sigue sin funcionar',
  'outcome.saving': 'Guardando su respuesta…',
  'outcome.back': 'Volver al último paso',
  'outcome.fixedTitle': '¡Genial, bien hecho!',
  'outcome.fixedBody': 'Gracias por contárnoslo. Ya puede cerrar esta página.',
  'outcome.notFixedTitle': 'Lo sentimos, todavía no está arreglado',
  'outcome.notFixedBody':
    'Gracias por intentarlo. Un agente de soporte puede revisarlo con usted, o quizá le sirva otra guía de este producto.',
  'outcome.askAgent': 'Hablar con un agente de soporte',
  'outcome.otherGuides': 'Ver otras guías de este producto',
  'outcome.offline':
    'No tiene conexión. Su respuesta se guardará cuando vuelva a estar en línea; inténtelo entonces.',

  'staff.checking': 'Comprobando su sesión…',
  'staff.signingOut': 'Cerrando la sesión…',
  'staff.signedInAs': 'Sesión iniciada como {name} ({role})',
  'staff.signOut': 'Cerrar sesión',
  'studio.title': 'Estudio',
  'agent.title': 'Consola de agentes',

  'login.title': 'Acceso del personal',
  'login.email': 'Correo electrónico',
  'login.password': 'Contraseña',
  'login.submit': 'Iniciar sesión',
  'login.submitting': 'Iniciando sesión…',

  'notFound.title': 'Página no encontrada',
  'notFound.body':
    'No hay nada en esta dirección. Puede que se haya movido o que el enlace esté incompleto.',

  'xr.title': 'Prueba de RA',
  'xr.lead':
    'Comprueba que este dispositivo puede iniciar una sesión de RA y detectar una superficie.',
  'xr.checking': 'Comprobando qué admite este dispositivo…',
  'xr.unsupported':
    'Este navegador no puede iniciar la RA. En un iPhone o un ordenador se usa la vista 3D en su lugar.',
  'xr.enter': 'Entrar en RA',
  'xr.starting': 'Iniciando la RA…',
  'xr.inSession': 'En RA. Buscando una superficie…',
  'xr.hit': 'Superficie encontrada en',
  'xr.failed': 'La RA no pudo iniciarse: {message}',
  'xr.exit': 'Salir de la RA',

  'ar.title': 'Siga los pasos en RA',
  'ar.lead':
    'La cámara muestra la habitación. Coloque la copia 3D de su producto sobre el real y siga los pasos directamente sobre él.',
  'ar.start': 'Iniciar RA',
  'ar.starting': 'Iniciando la RA…',
  'ar.failed': 'La RA no pudo iniciarse: {message}. Puede seguir los mismos pasos en la vista 3D.',
  'ar.use3d': 'Usar la vista 3D',
  'ar.left': 'Ha salido de la RA. Su progreso se conserva.',
  'ar.resume': 'Volver a la RA',
  'ar.continue3d': 'Continuar en la vista 3D',
  'ar.exit': 'Salir de la RA',
  'ar.gestures':
    'Imagen de la cámara: toque para colocar el producto, arrastre para moverlo, gire con dos dedos para rotarlo',
  'ar.searchingFallback':
    'Este dispositivo no detecta superficies. Toque para colocar el producto a 1 m delante de usted.',
  'ar.tapToPlace': 'Toque para poner el producto 3D en la superficie junto al real.',
  'ar.pointToPlace':
    'Apunte el mando a la superficie junto a su producto y pulse el gatillo para colocar allí la copia 3D.',
  'ar.align':
    'Alinéelo con su producto: arrastre para moverlo, gire con dos dedos para rotarlo. Después, fíjelo.',
  'ar.alignHeadset':
    'Alinéelo con su producto: mantenga el gatillo y apunte para moverlo, empuje el joystick para girarlo. Después, fíjelo.',
  'ar.lock': 'Fijar',
  'ar.placeAgain': 'Colocar de nuevo',
}
