import { useEffect, useRef, type ComponentProps } from 'react';

/**
 * A native <dialog>, shown modal as soon as it mounts: the page behind is inert and focus stays
 * inside. Unmounting it takes it out of the top layer, so no close() is needed.
 */
export function ModalDialog({ className, ...props }: Omit<ComponentProps<'dialog'>, 'ref' | 'open'>) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return <dialog ref={ref} className={['dialog', className].filter(Boolean).join(' ')} {...props} />;
}
