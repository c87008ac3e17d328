import com.sun.management.OperatingSystemMXBean;
import com.sun.management.UnixOperatingSystemMXBean;
import com.sun.tools.attach.VirtualMachine;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.Set;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * One line of figures about a running app, read over JMX from its process id (the JDK's attach API, no
 * port opened): heap after a full GC, process CPU seconds, threads, open files, the Hikari pool's
 * connections and Tomcat's sessions. Run with the JDK that runs the app:
 * {@code java tools/load/JvmProbe.java <pid> [header|nogc]}.
 * The app must be started with {@code --spring.datasource.hikari.register-mbeans=true} and
 * {@code --server.tomcat.mbeanregistry.enabled=true} (tools/load/run.sh does); otherwise those columns read -1.
 */
public class JvmProbe {

    public static void main(String[] args) throws Exception {
        if (args.length > 1 && args[1].equals("header")) {
            System.out.println("heap_after_gc_mb cpu_s threads open_files db_active db_idle db_total db_waiting sessions");
        }
        VirtualMachine vm = VirtualMachine.attach(args[0]);
        String address = vm.startLocalManagementAgent();
        vm.detach();
        try (JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address))) {
            MBeanServerConnection server = connector.getMBeanServerConnection();
            MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
            if (args.length < 2 || !args[1].equals("nogc")) {
                memory.gc();
            }
            long heap = memory.getHeapMemoryUsage().getUsed();
            OperatingSystemMXBean os = ManagementFactory.newPlatformMXBeanProxy(server,
                ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME, UnixOperatingSystemMXBean.class);
            long files = ((UnixOperatingSystemMXBean) os).getOpenFileDescriptorCount();
            ThreadMXBean threads = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.THREAD_MXBEAN_NAME, ThreadMXBean.class);
            System.out.printf("%.1f %.1f %d %d %s %s %s %s %s%n", heap / 1048576.0, os.getProcessCpuTime() / 1e9,
                threads.getThreadCount(), files,
                pool(server, "ActiveConnections"), pool(server, "IdleConnections"), pool(server, "TotalConnections"),
                pool(server, "ThreadsAwaitingConnection"), sessions(server));
        }
    }

    private static String pool(MBeanServerConnection server, String attribute) throws Exception {
        Set<ObjectName> pools = server.queryNames(new ObjectName("com.zaxxer.hikari:type=Pool (*"), null);
        return pools.isEmpty() ? "-1" : String.valueOf(server.getAttribute(pools.iterator().next(), attribute));
    }

    private static String sessions(MBeanServerConnection server) throws Exception {
        Set<ObjectName> managers = server.queryNames(new ObjectName("Tomcat:type=Manager,*"), null);
        return managers.isEmpty() ? "-1" : String.valueOf(server.getAttribute(managers.iterator().next(), "activeSessions"));
    }
}
